// The language service's own words in English and Finnish: type names,
// reference kinds and "no such id" for completion and hover help, shared by
// the studio and `kohu lsp`. Schema descriptions are written in English in
// the engine's schema.ts and in Finnish in its schema-fi.ts.
import type { Language } from '../engine/play.ts';
import { descriptionFi } from '../engine/authoring.ts';

const fi = {
  'hover.unknown.personas': 'Skenaariossa ei ole henkilöä tunnisteella ”{id}”.',
  'hover.unknown.channels': 'Skenaariossa ei ole kanavaa tunnisteella ”{id}”.',
  'hover.unknown.posts': 'Skenaariossa ei ole viestiä tunnisteella ”{id}”.',
  'hover.unknown.phases': 'Skenaariossa ei ole vaihetta tunnisteella ”{id}”.',
  'hover.unknown.conditions': 'Kohdassa conditions: ei ole ehtoa nimeltä ”{id}”.',
  'help.required': 'pakollinen',
  'help.or': ' tai ',
  'help.type.list': 'lista',
  'help.type.mapping': 'kenttäjoukko',
  'help.type.text': 'teksti',
  'help.type.wholeNumber': 'kokonaisluku',
  'help.type.number': 'luku',
  'help.type.duration': 'kesto',
  'help.type.id': 'tunniste',
  'help.ref.personas': 'henkilö',
  'help.ref.channels': 'kanava',
  'help.ref.posts': 'viesti',
  'help.ref.phases': 'vaihe',
  'help.ref.conditions': 'ehto',
  'help.refAt': '{kind} {id} (rivi {line})',
  'help.ref': '{kind} {id}',
  'help.conditionKind': 'ehtotyyppi',
};

export type HelpKey = keyof typeof fi;

const en: Record<HelpKey, string> = {
  'hover.unknown.personas': 'No persona with the id “{id}” in this scenario.',
  'hover.unknown.channels': 'No channel with the id “{id}” in this scenario.',
  'hover.unknown.posts': 'No post with the id “{id}” in this scenario.',
  'hover.unknown.phases': 'No phase with the id “{id}” in this scenario.',
  'hover.unknown.conditions': 'No condition named “{id}” under conditions:.',
  'help.required': 'required',
  'help.or': ' or ',
  'help.type.list': 'list',
  'help.type.mapping': 'mapping',
  'help.type.text': 'text',
  'help.type.wholeNumber': 'whole number',
  'help.type.number': 'number',
  'help.type.duration': 'duration',
  'help.type.id': 'id',
  'help.ref.personas': 'persona',
  'help.ref.channels': 'channel',
  'help.ref.posts': 'post',
  'help.ref.phases': 'phase',
  'help.ref.conditions': 'condition',
  'help.refAt': '{kind} {id} (line {line})',
  'help.ref': '{kind} {id}',
  'help.conditionKind': 'condition kind',
};

const dictionaries: Record<Language, Record<HelpKey, string>> = { fi, en };

/** A help word in `lang`, with `{name}` parameters filled in. */
export function helpWord(lang: Language, key: HelpKey, params?: Record<string, string | number>): string {
  const text = dictionaries[lang][key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A schema description (English in the schema) in `lang`. */
export function schemaText(en: string, lang: Language): string {
  return lang === 'fi' ? descriptionFi(en) : en;
}
