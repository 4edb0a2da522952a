// Kohu's language service: plain functions over (text, offset), with no
// editor and no protocol in sight, so that the studio, `kohu lsp` and the
// tests all ask the same questions and get the same answers. Offsets are
// UTF-16 code units, as in JavaScript strings, CodeMirror and LSP.
import { loadScenario, type Diagnostic } from '../engine/authoring.ts';
import type { Language } from '../engine/play.ts';
import { occurrenceAt, occurrences, sameId, type Occurrence, type RefKind } from './occurrences.ts';

export { completionsAt, type CompletionAnswer, type HelpCompletion } from './completion.ts';
export { hoverHelp, type HoverText } from './hover.ts';

export interface Span {
  from: number;
  to: number;
}

/** The language the file says it is written in (`language: fi`), for its messages and help; English otherwise. */
export function languageOf(text: string): Language {
  return /^language:\s*["']?fi["']?\s*(#.*)?$/m.test(text) ? 'fi' : 'en';
}

/** The same diagnostics as `kohu validate`, with 1-based line:col positions. */
export function diagnose(text: string, file: string): Diagnostic[] {
  return loadScenario(text, file).diagnostics;
}

/** Where the id under `offset` is defined (several places when it is defined twice). */
export function definition(text: string, offset: number): Span[] {
  const all = occurrences(text);
  const at = occurrenceAt(all, offset);
  if (!at) return [];
  return all.filter((o) => o.definition && sameId(at)(o)).map(span);
}

/** Every place the id under `offset` is written; its definitions too when asked. */
export function references(text: string, offset: number, includeDefinition = true): Span[] {
  const all = occurrences(text);
  const at = occurrenceAt(all, offset);
  if (!at) return [];
  return all.filter((o) => sameId(at)(o) && (includeDefinition || !o.definition)).map(span);
}

/** The id under `offset`, if it can be renamed: its own characters and what it is. */
export function renameTarget(text: string, offset: number): (Span & { id: string; kind: RefKind }) | null {
  const at = occurrenceAt(occurrences(text), offset);
  return at ? { ...span(at), id: at.id, kind: at.kind } : null;
}

export type RenameAnswer = { edits: (Span & { newText: string })[] } | { refused: { en: string; fi: string } };

/** Rename the id under `offset` everywhere in the file, or say why not. */
export function rename(text: string, offset: number, newName: string): RenameAnswer {
  const all = occurrences(text);
  const at = occurrenceAt(all, offset);
  if (!at) return { refused: { en: 'There is no id here to rename.', fi: 'Tässä ei ole uudelleennimettävää tunnistetta.' } };
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(newName))
    return {
      refused: {
        en: `\`${newName}\` cannot be an id: it starts with a letter and has only letters a–z, digits, - and _.`,
        fi: `\`${newName}\` ei kelpaa tunnisteeksi: se alkaa kirjaimella, ja siinä on vain kirjaimia a–z, numeroita, - ja _.`,
      },
    };
  if (newName !== at.id && all.some((o) => o.definition && o.kind === at.kind && o.id === newName))
    return { refused: { en: `There already is one with the id \`${newName}\`.`, fi: `Tunniste \`${newName}\` on jo käytössä.` } };
  return { edits: all.filter(sameId(at)).map((o) => ({ ...span(o), newText: newName })) };
}

export interface OutlineItem {
  kind: RefKind;
  id: string;
  /** The name or first words, when the item has them. */
  detail: string;
  /** The whole item, and the id in it. */
  range: Span;
  selection: Span;
}

/** Phases, posts and the other defined things, in document order, for the editor's outline. */
export function outline(text: string): OutlineItem[] {
  return occurrences(text)
    .filter((o) => o.definition)
    .map((o) => ({ kind: o.kind, id: o.id, detail: o.label ?? '', range: o.item ?? span(o), selection: span(o) }));
}

export interface QuickFix {
  title: string;
  /** The diagnostic it answers. */
  code: string;
  edit: Span & { newText: string };
}

/** Quick fixes for "did you mean" diagnostics whose range meets `range`: replace the word with the suggestion. */
export function quickFixes(text: string, range: Span, diagnostics: readonly Diagnostic[], lang: Language): QuickFix[] {
  const starts = lineStarts(text);
  const offsetOf = (line: number, col: number) => Math.min(text.length, (starts[line - 1] ?? text.length) + col - 1);
  return diagnostics.flatMap((d) => {
    if (d.suggestion === undefined) return [];
    const from = offsetOf(d.line, d.col);
    const to = offsetOf(d.endLine, d.endCol);
    if (to < range.from || from > range.to) return [];
    const title = lang === 'fi' ? `Vaihda tilalle \`${d.suggestion}\`` : `Change to \`${d.suggestion}\``;
    return [{ title, code: d.code, edit: { from, to, newText: d.suggestion } }];
  });
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

const span = (o: Occurrence): Span => ({ from: o.from, to: o.to });
