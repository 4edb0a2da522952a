// The scenario text with a line index: turns character offsets (what the
// YAML parser reports) into 1-based line:col and draws code frames. The index
// is built before parsing because the input gates (binary, too deep) need
// positions for files the parser never sees.
import { LineCounter } from 'yaml';

/** Character offsets into the source text, end exclusive. */
export type Offsets = readonly [start: number, end: number];

export interface Position {
  line: number; // 1-based
  col: number; // 1-based, in UTF-16 code units like every editor's API
}

const CONTEXT_LINES = 2;
const MAX_FRAME_WIDTH = 120;

export class Source {
  private readonly index: LineCounter;

  constructor(
    readonly file: string,
    readonly text: string,
    index?: LineCounter,
  ) {
    this.index = index ?? buildIndex(text);
  }

  /** The same text under another file name, sharing the line index. */
  renamed(file: string): Source {
    return file === this.file ? this : new Source(file, this.text, this.index);
  }

  get lineCount(): number {
    return this.index.lineStarts.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const { line, col } = this.index.linePos(clamped);
    return { line: Math.max(1, line), col: Math.max(1, col) };
  }

  /** Line `n` (1-based) without its line break. */
  lineText(n: number): string {
    const starts = this.index.lineStarts;
    const start = starts[n - 1] ?? this.text.length;
    const end = n < starts.length ? starts[n] : this.text.length;
    return this.text.slice(start, end).replace(/\r?\n$/, '');
  }

  /**
   * The offending line(s) with line numbers, two lines of context either side
   * and a caret underline. A range over several lines is underlined on its
   * first line only: that is where the reader looks first.
   */
  frame(range: Offsets): string {
    const from = this.position(range[0]);
    const to = this.position(Math.max(range[0], range[1]));
    const first = Math.max(1, from.line - CONTEXT_LINES);
    // The empty "line" after a final line break is context nobody needs.
    const lines = this.lineCount - (this.text.endsWith('\n') && from.line < this.lineCount ? 1 : 0);
    const last = Math.min(lines, from.line + CONTEXT_LINES);
    const width = String(last).length;
    const marked = this.lineText(from.line);
    // A long marked line is shown around the caret; context lines from their start.
    const windowStart = marked.length > MAX_FRAME_WIDTH ? Math.max(0, from.col - 1 - 40) : 0;
    const out: string[] = [];
    for (let n = first; n <= last; n++) {
      const shown = clip(this.lineText(n), n === from.line ? windowStart : 0);
      out.push(`${n === from.line ? '>' : ' '} ${String(n).padStart(width)} | ${shown}`.trimEnd());
      if (n !== from.line) continue;
      const lineEnd = marked.trimEnd().length + 1;
      const endCol = to.line === from.line ? to.col : lineEnd;
      const length = Math.max(1, Math.min(endCol, lineEnd) - from.col);
      const caretStart = from.col - 1 - windowStart + (windowStart > 0 ? 1 : 0);
      const pad = printable(shown.slice(0, Math.max(0, caretStart))).replace(/[^\t]/g, ' ');
      const carets = '^'.repeat(Math.max(1, Math.min(length, MAX_FRAME_WIDTH - caretStart)));
      out.push(`  ${' '.repeat(width)} | ${pad}${carets}`);
    }
    return out.join('\n');
  }
}

function buildIndex(text: string): LineCounter {
  const index = new LineCounter();
  index.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) index.addNewLine(i + 1);
  return index;
}

/** Control characters would garble the terminal; one replacement char keeps columns. */
function printable(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '\ufffd');
}

function clip(line: string, start: number): string {
  const text = printable(line);
  if (start === 0 && text.length <= MAX_FRAME_WIDTH) return text;
  const body = text.slice(start, start + MAX_FRAME_WIDTH);
  return (start > 0 && text.length > start ? '…' : '') + body + (start + MAX_FRAME_WIDTH < text.length ? '…' : '');
}
