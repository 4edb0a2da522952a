// Autocompletion in the studio's editor: the language service's completion
// (src/lsp/completion.ts, the same as `kohu lsp` gives other editors) as
// CodeMirror options, in the studio's UI language read each time it runs.
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { Language } from '../../../engine/play.ts';
import { completionsAt } from '../../../lsp/completion.ts';

export function scenarioCompletions(context: CompletionContext, lang: Language = 'en'): CompletionResult | null {
  const answer = completionsAt(context.state.doc.toString(), context.pos, lang, context.explicit);
  if (!answer) return null;
  const options: Completion[] = answer.items.map((i) => ({
    label: i.label,
    type: i.kind,
    ...(i.detail !== undefined && { detail: i.detail }),
    ...(i.info !== undefined && { info: i.info }),
    ...(i.apply !== undefined && { apply: i.apply }),
    ...(i.boost !== 0 && { boost: i.boost }),
  }));
  return { from: answer.from, options, validFor: /^[A-Za-z0-9_-]*$/ };
}
