// Hover help: a field's description and type from the schema, an allowed
// value's meaning, or what a reference (`by: maija`, `to: viral`) points to,
// in the language given (the studio's UI language, read at each hover).
import { hoverTooltip, type Tooltip } from '@codemirror/view';
import type { Language } from '../../../engine/play.ts';
import { collectIds, refKindAt } from './ids.ts';
import { describe, fieldsOf, schemasAt, typeText } from './schema-info.ts';
import { pointAt } from './yaml-path.ts';
import { helpWord, schemaText } from './words.ts';

export interface HoverText {
  title: string;
  body: string;
}

/** The help for the scalar at `pos`, or null: pure, so it can be tested without an editor. */
export function hoverHelp(text: string, pos: number, unknownRef: (kind: string, id: string) => string, lang: Language = 'en'): HoverText | null {
  const at = pointAt(text, pos);
  if (!at) return null;
  const schemas = schemasAt(at.path);
  if (at.onKey) {
    const parent = fieldsOf(schemasAt(at.path.slice(0, -1)), lang).find((f) => f.name === at.text);
    const body = parent?.description || describe(schemas, lang);
    return body || schemas.length ? { title: `${at.text}: ${typeText(schemas, lang)}`, body } : null;
  }
  const kind = refKindAt(at.path);
  if (kind) {
    const found = collectIds(text)[kind].find((r) => r.id === at.text);
    if (found) {
      const params = { kind: helpWord(lang, `help.ref.${kind}`), id: found.id, line: found.line ?? '' };
      return { title: helpWord(lang, found.line ? 'help.refAt' : 'help.ref', params), body: found.label };
    }
    if (kind !== 'conditions' || !schemas.some((s) => s.enum || s.type === 'boolean')) return { title: at.text, body: unknownRef(kind, at.text) };
  }
  const forValue = schemas.find((s) => s.enum?.map(String).includes(at.text));
  return forValue?.description ? { title: at.text, body: schemaText(forValue.description, lang) } : null;
}

/** Hover help; `lang` is read at each hover, so a language switch needs no new editor state. */
export function scenarioHover(unknownRef: (kind: string, id: string) => string, lang: () => Language = () => 'en') {
  return hoverTooltip((view, pos): Tooltip | null => {
    const help = hoverHelp(view.state.doc.toString(), pos, unknownRef, lang());
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
