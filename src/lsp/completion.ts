// Completion from the scenario schema, as plain data for any editor (the
// studio's CodeMirror and `kohu lsp`): field names (with their descriptions)
// where a key is typed, allowed values where a value is typed, the ids the
// scenario itself defines for reference fields, and the condition kinds
// where a condition is due. Words in the language given.
import type { Language } from '../engine/play.ts';
import { collectIds, refKindAt, type IdIndex } from './ids.ts';
import { conditionKinds, fieldsOf, schemasAt, valuesOf } from './schema-info.ts';
import { cursorContext } from './yaml-path.ts';
import { helpWord } from './words.ts';

export interface HelpCompletion {
  label: string;
  kind: 'property' | 'enum' | 'variable' | 'keyword';
  detail?: string;
  /** The description, in the language asked for. */
  info?: string;
  /** The text to insert in place of the typed word, when it is not the label. */
  apply?: string;
  /** Higher first: ids over values, required fields over optional ones. */
  boost: number;
}

export interface CompletionAnswer {
  /** The typed word starts here and ends at the cursor: the part the choice replaces. */
  from: number;
  items: HelpCompletion[];
}

/** Reading ids parses the whole text; reuse the last answer while the text is the same. */
let idCache: { text: string; ids: IdIndex } | null = null;
function idsOf(text: string): IdIndex {
  if (idCache?.text !== text) idCache = { text, ids: collectIds(text) };
  return idCache.ids;
}

/** `explicit`: asked for (Ctrl+Space) rather than offered while typing. */
export function completionsAt(text: string, pos: number, lang: Language = 'en', explicit = true): CompletionAnswer | null {
  const at = cursorContext(text, pos);
  if (!at) return null;
  // Without an explicit request, only offer once something is typed or a value is due.
  if (!explicit && at.prefix === '' && at.kind === 'key') return null;
  const items: HelpCompletion[] = [];
  if (at.kind === 'key') {
    const col = at.from - (text.lastIndexOf('\n', at.from - 1) + 1);
    const taken = new Set(at.siblings);
    for (const f of fieldsOf(schemasAt(at.path), lang)) {
      if (taken.has(f.name)) continue;
      const pad = ' '.repeat(col + 2);
      items.push({
        label: f.name,
        kind: 'property',
        detail: f.required ? `${f.type} · ${helpWord(lang, 'help.required')}` : f.type,
        info: f.description || undefined,
        apply: f.shape !== 'scalar' ? `${f.name}:\n${pad}${f.shape === 'list' ? '- ' : ''}` : `${f.name}: `,
        boost: f.required ? 1 : 0,
      });
    }
  }
  if (at.kind === 'value' || at.listItem) {
    for (const v of valuesOf(schemasAt(at.path), lang))
      items.push({ label: v.value, kind: 'enum', info: v.description || undefined, boost: 0 });
    const kind = refKindAt(at.path);
    if (kind)
      for (const r of idsOf(text)[kind])
        items.push({ label: r.id, kind: 'variable', detail: helpWord(lang, `help.ref.${kind}`), info: r.label || undefined, boost: 2 });
    // Where a condition is due, its kinds too, as the start of an inline condition.
    if (kind === 'conditions' && !/[{[]\s*$/.test(text.slice(0, at.from)))
      for (const c of conditionKinds(lang))
        items.push({
          label: c.name,
          kind: 'keyword',
          detail: helpWord(lang, 'help.conditionKind'),
          info: c.description || undefined,
          apply: `{ ${c.name}: }`,
          boost: -1,
        });
  }
  if (items.length === 0) return null;
  // One entry per label: a value may be offered by more than one alternative of a union.
  const seen = new Set<string>();
  return { from: at.from, items: items.filter((i) => !seen.has(i.label) && !!seen.add(i.label)) };
}
