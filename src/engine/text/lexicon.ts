// The shape of a language's lexicon: plain data (patterns in the little
// language of pattern.ts), compiled once per language on first use.
import type { Language } from '../model.ts';
import type { MarkerKind } from './types.ts';
import { compilePattern, PatternSet } from './pattern.ts';

/** Marker kinds found by pattern; signature and name are found by code. */
export type PatternKind = Exclude<MarkerKind, 'signature' | 'name'>;

export interface Lexicon {
  markers: Record<PatternKind, readonly string[]>;
  /** Words that turn an apology just before them into an excuse ("mutta", "but"). */
  butWords: readonly string[];
  /** Closing words that precede a signature name ("t.", "terveisin", "Best,"). */
  signOffs: readonly string[];
  /** Words that put a following claim in the future ("once", "kunhan"): "once it's fixed" is not a claim that it is. */
  futureClauses: readonly string[];
  /** Words that open a condition ("jos", "if"): a verb inside the condition is no commitment ("jos peruutus tehdään…"). */
  conditionals: readonly string[];
  /** Words that negate what follows them closely ("ei hyvitetä", "can't refund"). */
  negators: readonly string[];
  /**
   * Blame laid on someone else in any wording: a party (a supplier, a carrier,
   * a covering worker, "the system") and, in the same sentence, a cue that it
   * caused the trouble ("johtui", "viive", "caused by", "fault").
   */
  blame: { parties: readonly string[]; cues: readonly string[] };
  promises: {
    /** First-person actor + promise verb. */
    verbs: readonly string[];
    /**
     * Verbs that commit only when their sentence names a time: a third person
     * or a state ("huoltomies tulee huomenna klo 10", "an engineer is due
     * tomorrow", "it should show within 5 days"); without a time they describe.
     */
    timed: readonly string[];
    /**
     * Commitments in any voice that do not say to whom or when ("asiaa
     * selvitetään", "it will be looked at", "from now on"): promises, but
     * without a named time they stay open, never judged by a default deadline.
     */
    openEnded: readonly string[];
    /** "emme voi luvata": cancels the promises of its sentence. */
    negated: readonly string[];
  };
}

export interface CompiledLexicon {
  markers: [PatternKind, RegExp][];
  /** The markers' patterns, in the same order, to try against a text together. */
  markerSet: PatternSet;
  butWords: Set<string>;
  signOffs: readonly string[];
  /** Each matches when the text just before a marker ends in such a word. */
  futureClauses: RegExp[];
  conditionals: Set<string>;
  negators: Set<string>;
  blame: { parties: RegExp[]; cues: RegExp[] };
  verbs: RegExp[];
  timed: RegExp[];
  openEnded: RegExp[];
  negated: RegExp[];
}

export function compileLexicon(lex: Lexicon): CompiledLexicon {
  const markers: [PatternKind, RegExp][] = [];
  for (const [kind, patterns] of Object.entries(lex.markers) as [PatternKind, readonly string[]][]) {
    for (const p of patterns) markers.push([kind, compilePattern(p)]);
  }
  return {
    markers,
    markerSet: new PatternSet(markers.map(([, re]) => re)),
    butWords: new Set(lex.butWords),
    signOffs: lex.signOffs,
    futureClauses: lex.futureClauses.map((w) => new RegExp(`(?<![\\p{L}\\p{N}])${w}[\\s,]+(\\S+[\\s,]+)?$`, 'iu')),
    conditionals: new Set(lex.conditionals),
    negators: new Set(lex.negators),
    blame: { parties: lex.blame.parties.map(compilePattern), cues: lex.blame.cues.map(compilePattern) },
    verbs: lex.promises.verbs.map(compilePattern),
    timed: lex.promises.timed.map(compilePattern),
    openEnded: lex.promises.openEnded.map(compilePattern),
    negated: lex.promises.negated.map(compilePattern),
  };
}

const cache = new Map<Language, CompiledLexicon>();

export function lexiconFor(language: Language, table: Record<Language, Lexicon>): CompiledLexicon {
  let c = cache.get(language);
  if (!c) {
    c = compileLexicon(table[language]);
    cache.set(language, c);
  }
  return c;
}
