// The editor's help in the studio's language: schema descriptions (written in
// English in schema.ts, in Finnish in schema-fi.ts) and the studio's own words
// for types and references. Takes the language as an argument rather than
// reading uiLang, so that completion and hover stay pure and testable, and
// read the language afresh each time they run (a language switch needs no
// new editor state, and keeps the undo history).
import type { Language } from '../../../engine/play.ts';
import { descriptionFi } from '../../../engine/authoring.ts';
import { fi, type StudioKey } from '../i18n/fi.ts';
import { en } from '../i18n/en.ts';

const dictionaries: Record<Language, Record<StudioKey, string>> = { fi, en };

/** A studio message in `lang`, with `{name}` parameters filled in. */
export function helpWord(lang: Language, key: StudioKey, params?: Record<string, string | number>): string {
  const text = dictionaries[lang][key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A schema description (English in the schema) in `lang`. */
export function schemaText(en: string, lang: Language): string {
  return lang === 'fi' ? descriptionFi(en) : en;
}
