// Pasting YAML where the cursor stands after an indentation: the pasted
// block keeps its own shape (each line's indentation relative to the
// first), moved to the cursor's column. Without this a step copied with
// its indentation lands doubly indented after the cursor's spaces, its
// later lines stay where they were in the source, and the parser's
// complaint about the broken block reads like a quoting problem.
import { EditorView } from '@codemirror/view';

const indentOf = (line: string): number => /^ */.exec(line)![0].length;

/**
 * `text` as it should land after `before` (the cursor's line up to the
 * cursor). Changed only when `before` is indentation alone; at the start
 * of a line, whole lines are pasted as they were copied.
 */
export function reindentPaste(text: string, before: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (before === '' || before.trim() !== '') return text;
  const column = before.length;
  const [first, ...rest] = lines;
  const body = rest.filter((l) => l.trim() !== '');
  let base: number;
  if (indentOf(first) > 0 || body.length === 0) base = indentOf(first);
  else {
    // Copied from the first character on: where that line stood is lost. Its
    // children sit one step (two spaces) in under a list item or a key that opens a block.
    const opens = /^- |:\s*(#.*)?$/.test(first.trim());
    base = Math.max(0, Math.min(...body.map(indentOf)) - (opens ? 2 : 0));
  }
  const moved = rest.map((l) => (l.trim() === '' ? '' : ' '.repeat(Math.max(0, column + indentOf(l) - base)) + l.trimStart()));
  return [first.trimStart(), ...moved].join('\n');
}

export const reindentOnPaste = EditorView.clipboardInputFilter.of((text, state) => {
  const at = state.selection.main.from;
  const line = state.doc.lineAt(at);
  return reindentPaste(text, state.doc.sliceString(line.from, at));
});
