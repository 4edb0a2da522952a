// Hover help: a field's description and type from the schema, an allowed
// value's meaning, or what a reference (`by: maija`, `to: viral`) points to,
// in the language given. Pure, for the studio and `kohu lsp` alike.
import type { Language } from '../engine/play.ts';
import { collectIds, refKindAt, type RefKind } from './ids.ts';
import { describe, fieldsOf, schemasAt, typeText } from './schema-info.ts';
import { pointAt } from './yaml-path.ts';
import { helpWord, schemaText } from './words.ts';

export interface HoverText {
  title: string;
  body: string;
  /** The offsets of the word explained. */
  from: number;
  to: number;
}

const unknownIn = (lang: Language) => (kind: RefKind, id: string) => helpWord(lang, `hover.unknown.${kind}`, { id });

/** The help for the scalar at `pos`, or null. */
export function hoverHelp(text: string, pos: number, lang: Language = 'en'): HoverText | null {
  const at = pointAt(text, pos);
  if (!at) return null;
  const span = { from: at.from, to: at.to };
  const schemas = schemasAt(at.path);
  if (at.onKey) {
    const parent = fieldsOf(schemasAt(at.path.slice(0, -1)), lang).find((f) => f.name === at.text);
    const body = parent?.description || describe(schemas, lang);
    return body || schemas.length ? { title: `${at.text}: ${typeText(schemas, lang)}`, body, ...span } : null;
  }
  const kind = refKindAt(at.path);
  if (kind) {
    const found = collectIds(text)[kind].find((r) => r.id === at.text);
    if (found) {
      const params = { kind: helpWord(lang, `help.ref.${kind}`), id: found.id, line: found.line ?? '' };
      return { title: helpWord(lang, found.line ? 'help.refAt' : 'help.ref', params), body: found.label, ...span };
    }
    if (kind !== 'conditions' || !schemas.some((s) => s.enum || s.type === 'boolean'))
      return { title: at.text, body: unknownIn(lang)(kind, at.text), ...span };
  }
  const forValue = schemas.find((s) => s.enum?.map(String).includes(at.text));
  return forValue?.description ? { title: at.text, body: schemaText(forValue.description, lang), ...span } : null;
}
