// Autocompletion from the scenario schema: field names (with their
// descriptions) where a key is typed, allowed values where a value is typed,
// and the ids the scenario itself defines for reference fields. The
// descriptions and type words are in the language given (the studio's UI
// language, read each time completion runs).
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { Language } from '../../../engine/play.ts';
import { collectIds, refKindAt, type IdIndex } from './ids.ts';
import { fieldsOf, schemasAt, valuesOf } from './schema-info.ts';
import { cursorContext } from './yaml-path.ts';
import { helpWord } from './words.ts';

/** Reading ids parses the whole text; reuse the last answer while the text is the same. */
let idCache: { text: string; ids: IdIndex } | null = null;
function idsOf(text: string): IdIndex {
  if (idCache?.text !== text) idCache = { text, ids: collectIds(text) };
  return idCache.ids;
}

export function scenarioCompletions(context: CompletionContext, lang: Language = 'en'): CompletionResult | null {
  const text = context.state.doc.toString();
  const at = cursorContext(text, context.pos);
  if (!at) return null;
  // Without an explicit request (Ctrl+Space), only offer once something is typed or a value is due.
  if (!context.explicit && at.prefix === '' && at.kind === 'key') return null;
  const options: Completion[] = [];
  if (at.kind === 'key') {
    const line = context.state.doc.lineAt(at.from);
    const col = at.from - line.from;
    const taken = new Set(at.siblings);
    for (const f of fieldsOf(schemasAt(at.path), lang)) {
      if (taken.has(f.name)) continue;
      const pad = ' '.repeat(col + 2);
      options.push({
        label: f.name,
        type: 'property',
        detail: f.required ? `${f.type} · ${helpWord(lang, 'help.required')}` : f.type,
        info: f.description || undefined,
        apply: f.shape !== 'scalar' ? `${f.name}:\n${pad}${f.shape === 'list' ? '- ' : ''}` : `${f.name}: `,
        boost: f.required ? 1 : 0,
      });
    }
  }
  if (at.kind === 'value' || at.listItem) {
    for (const v of valuesOf(schemasAt(at.path), lang)) options.push({ label: v.value, type: 'enum', info: v.description || undefined });
    const kind = refKindAt(at.path);
    if (kind)
      for (const r of idsOf(text)[kind]) options.push({ label: r.id, type: 'variable', detail: helpWord(lang, `help.ref.${kind}`), info: r.label || undefined, boost: 2 });
  }
  if (options.length === 0) return null;
  return { from: at.from, options, validFor: /^[A-Za-z0-9_-]*$/ };
}
