// Words and sentences with their offsets in the original text. Offsets are
// UTF-16 indices into the untouched input, so every range the analyser
// reports can be sliced straight out of what the trainee typed.

export interface Token {
  /** Lowercased word; typographic apostrophes are folded to ASCII. */
  word: string;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
}

// Letters of any script (å, ä, ö included) and digits; an apostrophe or a
// hyphen inside a word keeps it whole ("we'll", "e-mail", "hinta-laatu").
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    out.push({ word: m[0].toLowerCase().replace(/’/g, "'"), start, end: start + m[0].length });
  }
  return out;
}

// A sentence ends at . ! ? … followed by white space or the end, or at a line
// break. Decimal points ("14.30") and abbreviations glued to a word survive.
const BOUNDARY = /[.!?…]+(?=\s|$)|\n+/g;

export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    if (text.slice(start, end).trim() !== '') out.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim() !== '') out.push({ start, end: text.length });
  return out;
}

/** Index of the sentence holding `offset`, or -1. */
export function sentenceAt(list: readonly Sentence[], offset: number): number {
  return list.findIndex((s) => offset >= s.start && offset < s.end);
}
