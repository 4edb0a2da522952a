// A tiny pattern language for the lexicons, so that they read as data and
// not as regular-expression noise. Finnish inflects heavily, so a lexicon
// names stems and lets the word run on:
//
//   @   the rest of a word           pahoittel@  → pahoittelemme, pahoittelut
//   ' ' one or more separators        "pyydämme anteeksi", "anteeksi, jos"
//   ~   up to two intervening words   "pyyd@ ~anteeksi" → "pyydämme vilpittömästi anteeksi"
//   '   a straight or curly apostrophe
//
// Everything else is a regular expression (groups, alternatives, \s, \d).
// A pattern always matches whole words and ignores case; ranges are exact
// offsets into the original text.
import type { TextRange } from './types.ts';

const REST = '[\\p{L}\\p{N}]*';
const SEP = '[\\s,;:]+';
const GAP = "(?:[\\p{L}\\p{N}'’-]+[\\s,;:]+){0,2}";

export function compilePattern(src: string): RegExp {
  // Apostrophes first: the expansions below contain their own.
  const body = src.replace(/'/g, "['’]").replace(/@/g, REST).replace(/ /g, SEP).replace(/~/g, GAP);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
}

export function findAll(re: RegExp, text: string): TextRange[] {
  const out: TextRange[] = [];
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

export const contains = (outer: { start: number; end: number }, inner: { start: number; end: number }): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;

/** Case-insensitive letters for patterns that must stay case-sensitive elsewhere (signatures). */
export const anyCase = (word: string): string =>
  [...word]
    .map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
