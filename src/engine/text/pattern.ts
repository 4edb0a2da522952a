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
//
// Matching is the hot path of reading a reply: a lexicon has a few hundred
// patterns and a reply triggers a handful. Each compiled pattern knows the
// literals one of which any match contains (required-literals.ts); a text is
// scanned once for all of them, and only the patterns whose literals occur
// run their regular expression. The results are exactly the expression's.
import type { TextRange } from './types.ts';
import { foldCase, requiredLiterals } from './required-literals.ts';

const REST = '[\\p{L}\\p{N}]*';
const SEP = '[\\s,;:]+';
const GAP = "(?:[\\p{L}\\p{N}'’-]+[\\s,;:]+){0,2}";

/** Per pattern, sets of literal ids: a match contains one literal of each set. Absent: every text is tried. */
const literalsOf = new WeakMap<RegExp, readonly (readonly number[])[]>();

export function compilePattern(src: string): RegExp {
  // Apostrophes first: the expansions below contain their own.
  const body = src.replace(/'/g, "['’]").replace(/@/g, REST).replace(/ /g, SEP).replace(/~/g, GAP);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
  const clauses = requiredLiterals(re.source);
  if (clauses.length > 0)
    literalsOf.set(
      re,
      clauses.map((set) => set.map(literalId)),
    );
  return re;
}

// Every literal any compiled pattern needs, indexed by its first two
// characters; a text is scanned for all of them at once.
const literalIds = new Map<string, number>();
const literalList: string[] = [];
const byPrefix = new Map<number, number[]>();
/** Whether any literal starts with this character (a quick skip for the rest). */
const startsLiteral = new Uint8Array(0x10000);

function literalId(literal: string): number {
  let id = literalIds.get(literal);
  if (id === undefined) {
    id = literalList.length;
    literalList.push(literal);
    literalIds.set(literal, id);
    const key = literal.charCodeAt(0) * 0x10000 + literal.charCodeAt(1);
    const list = byPrefix.get(key);
    if (list) list.push(id);
    else byPrefix.set(key, [id]);
    startsLiteral[literal.charCodeAt(0)] = 1;
    lastText = null; // the last scan did not look for this one
  }
  return id;
}

// The literals found in the text last scanned: a reply is tried against
// every pattern in turn, so one scan serves them all. A literal was found
// in the current text when its entry holds the current scan's number.
let lastText: string | null = null;
let scanNo = 0;
let foundIn = new Uint32Array(0);
/** The literals found by the last scan, in the order first met. */
let foundList: number[] = [];

function scan(text: string): void {
  if (text === lastText) return;
  if (foundIn.length < literalList.length) foundIn = new Uint32Array(literalList.length * 2);
  const no = ++scanNo;
  foundList = [];
  const folded = foldCase(text);
  for (let i = 0; i + 1 < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (!startsLiteral[c]) continue;
    const ids = byPrefix.get(c * 0x10000 + folded.charCodeAt(i + 1));
    if (!ids) continue;
    for (const id of ids)
      if (foundIn[id] !== no && folded.startsWith(literalList[id], i)) {
        foundIn[id] = no;
        foundList.push(id);
      }
  }
  lastText = text;
}

const clausesMet = (clauses: readonly (readonly number[])[]): boolean => clauses.every((ids) => ids.some((id) => foundIn[id] === scanNo));

/** False only when the compiled pattern `re` cannot match `text`: a literal it needs occurs nowhere there. */
export function mayMatch(re: RegExp, text: string): boolean {
  const clauses = literalsOf.get(re);
  if (!clauses) return true;
  scan(text);
  return clausesMet(clauses);
}

/**
 * Compiled patterns tried together against each text (a lexicon's markers):
 * the literals found lead straight to the patterns that may match, so the
 * cost follows what the text contains rather than how many patterns there are.
 */
export class PatternSet {
  private readonly clauses: (readonly (readonly number[])[] | undefined)[];
  /** Per literal id, the patterns that need it. */
  private readonly byLiteral = new Map<number, number[]>();
  /** Patterns without literals: tried on every text. */
  private readonly always: number[] = [];
  private checked = new Uint32Array(0);
  private round = 0;

  constructor(readonly patterns: readonly RegExp[]) {
    this.clauses = patterns.map((re) => literalsOf.get(re));
    this.clauses.forEach((clauses, i) => {
      if (!clauses) return this.always.push(i);
      for (const id of new Set(clauses.flat())) {
        const list = this.byLiteral.get(id);
        if (list) list.push(i);
        else this.byLiteral.set(id, [i]);
      }
    });
    this.checked = new Uint32Array(patterns.length);
  }

  /** Calls `each` with every match of every pattern, pattern by pattern in order, as forEachMatch would. */
  forEachMatch(text: string, each: (m: RegExpExecArray, index: number) => void): void {
    scan(text);
    const round = ++this.round;
    const candidates = [...this.always];
    for (const id of foundList)
      for (const i of this.byLiteral.get(id) ?? []) {
        if (this.checked[i] === round) continue;
        this.checked[i] = round;
        if (clausesMet(this.clauses[i]!)) candidates.push(i);
      }
    candidates.sort((a, b) => a - b);
    for (const i of candidates) execAll(this.patterns[i], text, (m) => each(m, i));
  }
}

/**
 * Calls `each` with every match of the global pattern `re` in `text`, as
 * `text.matchAll(re)` would yield them (without its copy of the expression).
 */
export function forEachMatch(re: RegExp, text: string, each: (m: RegExpExecArray) => void): void {
  if (mayMatch(re, text)) execAll(re, text, each);
}

function execAll(re: RegExp, text: string, each: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    each(m);
    if (m[0].length === 0) {
      // As matchAll does: step over an empty match, by a whole code point.
      const code = text.codePointAt(re.lastIndex);
      re.lastIndex += code !== undefined && code > 0xffff ? 2 : 1;
    }
  }
}

export function findAll(re: RegExp, text: string): TextRange[] {
  const out: TextRange[] = [];
  forEachMatch(re, text, (m) => {
    if (m[0].length > 0) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  });
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
