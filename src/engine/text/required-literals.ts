// What a regular expression cannot match without: a set of literal strings,
// at least one of which every match contains (after case folding). The
// lexicons hold a few hundred patterns and a reply triggers a handful, so
// pattern.ts asks this first and runs only the regular expressions whose
// literals occur in the text. Sound, not complete: a set is returned only
// when no match could lack all of its strings; anything this small parser
// does not follow (a class, a back-reference, an optional part) simply
// contributes no literal.

/**
 * Letters and digits whose case-insensitive matches (the `iu` flags) all
 * lower-case to the letter itself, once ſ is read as s (foldCase).
 * tests/unit/text/pattern.test.ts checks this against every code point.
 */
export const LITERAL_CHARS = new Set('abcdefghijklmnopqrstuvwxyz0123456789åäöéüõ');

/** The text as the literals are compared with it: lower case, ſ as s. */
export const foldCase = (text: string): string => {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replace(/ſ/g, 's') : lower;
};

/** Sets larger than this stop growing: a wide set filters little and costs more to check. */
const MAX_SET = 64;
/** A literal shorter than this occurs in almost any text. */
const MIN_LITERAL = 2;

/** Sets of literals, each of which must be met: every match contains a string of every set. */
type Clauses = string[][];

interface Info {
  /** Every string the part can match, when that is a small finite set; null otherwise. */
  exact: string[] | null;
  /** What every match of the part contains; empty when nothing is known. */
  req: Clauses;
}

const NOTHING: Info = { exact: null, req: [] };
const EMPTY: Info = { exact: [''], req: [] };
/** Checking a pattern costs a look-up per literal; a few sets say enough. */
const MAX_CLAUSES = 3;

function product(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_SET) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

function union(sets: (readonly string[] | null)[]): string[] | null {
  const out = new Set<string>();
  for (const s of sets) {
    if (s === null) return null;
    for (const x of s) out.add(x);
  }
  return out.size > MAX_SET ? null : [...out];
}

/** A set that filters: no string too short to tell texts apart. */
const usable = (set: string[] | null): Clauses => (set && set.every((s) => s.length >= MIN_LITERAL) ? [set] : []);

const shortest = (set: readonly string[]): number => Math.min(...set.map((x) => x.length));

/** The most telling sets first: the longer shortest string, then the fewer strings. */
function best(clauses: Clauses, keep = MAX_CLAUSES): Clauses {
  return [...clauses].sort((a, b) => shortest(b) - shortest(a) || a.length - b.length).slice(0, keep);
}

/** One set for a choice between parts: each part's most telling set, together. */
function either(parts: Info[]): Clauses {
  const sets = parts.map((p) => best(p.req, 1)[0] ?? null);
  return usable(union(sets));
}

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Info {
    const info = this.alternation();
    if (this.i !== this.src.length) throw new SyntaxError(`unexpected ${this.src[this.i]} at ${this.i}`);
    return info;
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0];
    return { exact: union(branches.map((b) => b.exact)), req: either(branches) };
  }

  private sequence(): Info {
    const req: Clauses = [];
    let run: string[] = [''];
    let all: string[] | null = [''];
    const closeRun = () => {
      req.push(...usable(run));
      run = [''];
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const item = this.quantified();
      all = all && item.exact ? product(all, item.exact) : null;
      if (item.exact) {
        const grown = product(run, item.exact);
        if (grown) run = grown;
        else {
          closeRun();
          run = item.exact;
        }
      } else {
        closeRun();
        req.push(...item.req);
      }
    }
    closeRun();
    return { exact: all, req: best(req) };
  }

  private quantified(): Info {
    const atom = this.atom();
    const q = this.quantifier();
    if (!q) return atom;
    const [min, max] = q;
    const req = min >= 1 ? best([...atom.req, ...usable(atom.exact)]) : [];
    if (min === 0 && max === 1 && atom.exact) return { exact: union([[''], atom.exact]), req: [] };
    if (min === max && atom.exact) {
      let exact: string[] | null = [''];
      for (let k = 0; k < min && exact; k++) exact = product(exact, atom.exact);
      return { exact, req: best([...req, ...usable(exact)]) };
    }
    return { exact: null, req };
  }

  private quantifier(): [number, number] | null {
    const c = this.src[this.i];
    let q: [number, number] | null = null;
    if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '?') q = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i, this.src.indexOf('}', this.i) + 1));
      if (!m) return null;
      this.i += m[0].length - 1;
      q = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3])];
    }
    if (!q) return null;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy: the same strings
    return q;
  }

  private atom(): Info {
    const c = this.src[this.i++];
    if (c === '(') {
      let zeroWidth = false;
      if (this.src.startsWith('?:', this.i)) this.i += 2;
      else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) {
        this.i += 2;
        zeroWidth = true;
      } else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) {
        this.i += 3;
        zeroWidth = true;
      } else if (this.src.startsWith('?<', this.i)) this.i = this.src.indexOf('>', this.i) + 1;
      const inner = this.alternation();
      if (this.src[this.i++] !== ')') throw new SyntaxError('unclosed group');
      // A look-around consumes nothing: as a part of a sequence it is the empty string.
      return zeroWidth ? EMPTY : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return NOTHING;
    return this.literal(c);
  }

  private literal(c: string): Info {
    const folded = c.toLowerCase();
    return LITERAL_CHARS.has(folded) ? { exact: [folded], req: [] } : NOTHING;
  }

  private charClass(): Info {
    const negated = this.src[this.i] === '^';
    const members: string[] = [];
    let plain = !negated;
    for (let first = true; first || this.src[this.i] !== ']'; first = false) {
      if (this.i >= this.src.length) throw new SyntaxError('unclosed class');
      const c = this.src[this.i++];
      if (c === '\\') {
        plain = false;
        this.skipEscape();
      } else if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']') plain = false;
      else members.push(c.toLowerCase());
    }
    this.i++;
    return plain && members.every((m) => LITERAL_CHARS.has(m)) ? { exact: [...new Set(members)], req: [] } : NOTHING;
  }

  private skipEscape(): void {
    const c = this.src[this.i++];
    if ((c === 'p' || c === 'P' || c === 'u') && this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
    else if (c === 'u') this.i += 4;
    else if (c === 'x') this.i += 2;
    else if (c === 'k' && this.src[this.i] === '<') this.i = this.src.indexOf('>', this.i) + 1;
  }

  private escape(): Info {
    const c = this.src[this.i];
    this.skipEscape();
    if (c === 'b' || c === 'B') return EMPTY;
    // Classes, back-references and control characters: nothing to require.
    if (/[\p{L}\p{N}]/u.test(c)) return NOTHING;
    return this.literal(c);
  }
}

/**
 * Sets of literals such that every match of `source` (flags `iu`) contains,
 * after foldCase, a string of each set; empty when nothing is known.
 */
export function requiredLiterals(source: string): string[][] {
  try {
    return new Parser(source).parse().req;
  } catch {
    return [];
  }
}
