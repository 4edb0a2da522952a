// Hover help: a field's description and type from the schema, an allowed
// value's meaning, or what a reference (`by: maija`, `to: viral`) points to.
import { hoverTooltip, type Tooltip } from '@codemirror/view';
import { collectIds, refKindAt } from './ids.ts';
import { describe, fieldsOf, schemasAt, typeText } from './schema-info.ts';
import { pointAt } from './yaml-path.ts';

export interface HoverText {
  title: string;
  body: string;
}

/** The help for the scalar at `pos`, or null: pure, so it can be tested without an editor. */
export function hoverHelp(text: string, pos: number, unknownRef: (kind: string, id: string) => string): HoverText | null {
  const at = pointAt(text, pos);
  if (!at) return null;
  const schemas = schemasAt(at.path);
  if (at.onKey) {
    const parent = fieldsOf(schemasAt(at.path.slice(0, -1))).find((f) => f.name === at.text);
    const body = parent?.description || describe(schemas);
    return body || schemas.length ? { title: `${at.text}: ${typeText(schemas)}`, body } : null;
  }
  const kind = refKindAt(at.path);
  if (kind) {
    const found = collectIds(text)[kind].find((r) => r.id === at.text);
    if (found) return { title: `${kind.replace(/s$/, '')} ${found.id}${found.line ? ` (line ${found.line})` : ''}`, body: found.label };
    if (kind !== 'conditions' || !schemas.some((s) => s.enum || s.type === 'boolean')) return { title: at.text, body: unknownRef(kind, at.text) };
  }
  const forValue = schemas.find((s) => s.enum?.map(String).includes(at.text));
  return forValue?.description ? { title: at.text, body: forValue.description } : null;
}

export function scenarioHover(unknownRef: (kind: string, id: string) => string) {
  return hoverTooltip((view, pos): Tooltip | null => {
    const help = hoverHelp(view.state.doc.toString(), pos, unknownRef);
    if (!help) return null;
    return {
      pos,
      above: true,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'kohu-hover';
        const title = document.createElement('strong');
        title.textContent = help.title;
        dom.append(title);
        if (help.body) {
          const body = document.createElement('p');
          body.textContent = help.body;
          dom.append(body);
        }
        return { dom };
      },
    };
  });
}
