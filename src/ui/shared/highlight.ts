// Splits a text into plain and highlighted pieces by character ranges, so
// the scorecard can mark the very words a rule matched — rendered as text
// nodes and <mark> elements, never as HTML.
import type { TextRange } from '../../engine/play.ts';

export interface Piece {
  text: string;
  marked: boolean;
}

export function highlight(text: string, ranges: readonly Pick<TextRange, 'start' | 'end'>[]): Piece[] {
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, Math.min(text.length, r.start)), end: Math.max(0, Math.min(text.length, r.end)) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  let pos = 0;
  for (const r of sorted) {
    const start = Math.max(r.start, pos);
    if (r.end <= start) continue;
    if (start > pos) pieces.push({ text: text.slice(pos, start), marked: false });
    pieces.push({ text: text.slice(start, r.end), marked: true });
    pos = r.end;
  }
  if (pos < text.length) pieces.push({ text: text.slice(pos), marked: false });
  return pieces;
}
