// `kohu fmt`: one layout for every scenario, without losing a comment or
// changing a value. yaml's Document API re-prints the file (two-space
// indentation, lists indented under their key, `{ a: b }` maps, single blank
// lines kept); four touches keep what authors write by hand: block texts
// (`summary: >-`) keep their own line breaks, a comment on a key's line
// stays there, comments lined up in a column stay lined up, and one-line
// lists stay `[a, b]`. The result is checked
// before it is returned: the same data and the same comments, or no change.
import { isMap, isScalar, isSeq, Lexer, parseDocument, Scalar, visit, type Document, type Node } from 'yaml';

export type FormatResult = { text: string; changed: boolean } | { refused: 'yaml_errors' | 'would_change_data' | 'would_lose_comment' };

/** Unknown tags and the like are `kohu validate`'s business: no console output from here. */
const QUIET = { prettyErrors: false, uniqueKeys: false, logLevel: 'error' } as const;

const PRINT = { indent: 2, indentSeq: true, lineWidth: 0, flowCollectionPadding: true } as const;

export function formatScenario(text: string): FormatResult {
  try {
    return format(text);
  } catch {
    // yaml throws while printing some broken documents (an alias before its anchor): not ours to fix.
    return { refused: 'yaml_errors' };
  }
}

function format(text: string): FormatResult {
  const doc = parseDocument(text, QUIET);
  if (doc.errors.length > 0) return { refused: 'yaml_errors' };
  // Nothing but comments and blank lines: nothing to lay out (yaml would print `null`).
  if (doc.contents === null) return { text, changed: false };
  const printed = doc.toString(PRINT);
  const out = alignedComments(text, tightSequences(keyLineComments(text, blockTexts(text, doc, printed))));
  const check = parseDocument(out, QUIET);
  if (check.errors.length > 0 || !sameData(doc, check)) return { refused: 'would_change_data' };
  if (!sameComments(text, out)) return { refused: 'would_lose_comment' };
  return { text: out, changed: out !== text };
}

/** Block texts as the author broke their lines, re-indented to where the printer put them. */
function blockTexts(source: string, before: Document, printed: string): string {
  const originals = blockScalars(before).map((s) => body(source, s));
  const after = parseDocument(printed, QUIET);
  const targets = blockScalars(after);
  if (targets.length !== originals.length) return printed;
  let out = printed;
  // From the end, so earlier offsets stay valid.
  for (let i = targets.length - 1; i >= 0; i--) {
    const target = body(out, targets[i]);
    const original = originals[i];
    if (!target || !original) continue;
    const shift = target.indent - original.indent;
    const lines = original.text.split('\n').map((l) => (l.trim() === '' ? '' : shift >= 0 ? ' '.repeat(shift) + l : l.slice(-shift)));
    out = out.slice(0, target.from) + lines.join('\n') + out.slice(target.to);
  }
  return out;
}

function blockScalars(doc: Document): Scalar[] {
  const found: Scalar[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL) found.push(node);
    },
  });
  return found;
}

/** The lines of a block scalar's text (after its `|`/`>` header line, up to its last non-blank line) and their indentation. */
function body(text: string, node: Scalar): { from: number; to: number; text: string; indent: number } | null {
  if (!node.range) return null;
  const from = text.indexOf('\n', node.range[0]) + 1;
  if (from === 0) return null;
  const content = text.slice(from, node.range[1]);
  const kept = content.replace(/\s+$/, '');
  const indent = Math.min(
    ...kept
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => l.length - l.trimStart().length),
  );
  return Number.isFinite(indent) ? { from, to: from + kept.length, text: kept, indent } : null;
}

/** yaml moves `key:  # comment` above the list or map that follows; put it back on the key's line. */
function keyLineComments(source: string, out: string): string {
  const onKeyLines = new Set<string>();
  for (const m of source.matchAll(/^[ \t]*(?:- )?[^\s#][^#\n]*:[ \t]+(#.*)$/gm)) onKeyLines.add(m[1].trimEnd());
  return out.replace(/^([ \t]*(?:- )?[^\s#][^#\n]*:)\n[ \t]*(#.*)$/gm, (whole, key: string, comment: string) =>
    onKeyLines.has(comment.trimEnd()) ? `${key} ${comment}` : whole,
  );
}

/** `[ a, b ]` → `[a, b]`, as the shipped scenarios write lists on one line (maps keep `{ a: b }`). */
function tightSequences(out: string): string {
  const doc = parseDocument(out, QUIET);
  const drop: number[] = [];
  visit(doc, {
    Seq(_, node) {
      if (!node.flow || !node.range || out.slice(node.range[0], node.range[1]).includes('\n')) return;
      const [from, to] = node.range;
      if (out[from] === '[' && out[from + 1] === ' ') drop.push(from + 1);
      if (out[to - 1] === ']' && out[to - 2] === ' ') drop.push(to - 2);
    },
  });
  let text = out;
  for (const at of [...new Set(drop)].sort((a, b) => b - a)) text = text.slice(0, at) + text.slice(at + 1);
  return text;
}

/** Trailing comments that the author lined up in a column stay in that column (yaml leaves one space). */
function alignedComments(source: string, out: string): string {
  // A column counts when a neighbouring line's comment stands in it too; a lone wide gap is just spacing.
  // Comments keep their order, so the n-th `# channel id` of the output is the n-th of the source.
  const lines = source.split('\n').map((line) => {
    const comment = commentsOf(line)[0];
    const m = comment === undefined ? null : /^(.*\S)(\s+)(#.*)$/.exec(line);
    // Counted from the line's indentation, which the new layout may change.
    return { comment, column: m && m[3].trimEnd() === comment ? m[1].length + m[2].length - indentOf(line) : null };
  });
  const columns = new Map<string, (number | null)[]>();
  lines.forEach(({ comment, column }, i) => {
    if (comment === undefined) return;
    const aligned = column !== null && (lines[i - 1]?.column === column || lines[i + 1]?.column === column);
    columns.set(comment, [...(columns.get(comment) ?? []), aligned ? column : null]);
  });
  const seen = new Map<string, number>();
  return out
    .split('\n')
    .map((line) => {
      const comment = commentsOf(line)[0];
      if (comment === undefined) return line;
      const n = seen.get(comment) ?? 0;
      seen.set(comment, n + 1);
      const column = columns.get(comment)?.[n];
      const at = column == null ? null : column + indentOf(line);
      const m = /^(.*\S) (#.*)$/.exec(line);
      return m && at && m[2].trimEnd() === comment && at > m[1].length + 1 ? `${m[1]}${' '.repeat(at - m[1].length)}${m[2]}` : line;
    })
    .join('\n');
}

const indentOf = (line: string) => line.length - line.trimStart().length;

function sameData(a: Document, b: Document): boolean {
  return equal(plain(a.contents as Node | null), plain(b.contents as Node | null));
}

/** The data without resolving aliases (a formatter must not expand them). */
function plain(node: Node | null): unknown {
  if (isScalar(node)) return node.value;
  if (isMap(node)) return node.items.map((p) => [plain(p.key as Node), plain(p.value as Node | null)]);
  if (isSeq(node)) return node.items.map((i) => plain(i as Node));
  return node ? String(node) : null;
}

function equal(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  return Object.is(a, b) || (typeof a === 'number' && typeof b === 'number' && a === b);
}

/** Every comment of the source, as written (`# …`), and no other. */
export function commentsOf(text: string): string[] {
  return [...new Lexer().lex(text)].filter((t) => t.startsWith('#')).map((t) => t.trimEnd());
}

function sameComments(a: string, b: string): boolean {
  const x = commentsOf(a).sort();
  const y = commentsOf(b).sort();
  return x.length === y.length && x.every((c, i) => c === y[i]);
}
