// Promise detection: a first-person actor with a promise verb ("soitamme",
// "we'll call"), and the deadline its sentence names ("kahden arkipäivän
// kuluessa", "by 5 pm"; read in deadlines.ts). A negated promise ("emme voi luvata", "we can't
// promise") cancels the promises of its sentence. One promise per sentence:
// "selvitämme asian ja soitamme huomenna" is one commitment, not two.
import type { Language } from '../model.ts';
import type { CompiledLexicon } from './lexicon.ts';
import { findDeadlines } from './deadlines.ts';
import type { PromiseMatch, TextRange } from './types.ts';
import { findAll, overlaps } from './pattern.ts';
import { sentenceAt, type Sentence } from './tokenise.ts';

export function findPromises(
  text: string,
  sents: readonly Sentence[],
  lex: CompiledLexicon,
  language: Language,
  /** Ranges that look like promise verbs but are not (e.g. "korjaamme väärän tiedon" is a correction). */
  exclude: readonly TextRange[] = [],
): PromiseMatch[] {
  const negatedSentences = new Set(lex.negated.flatMap((re) => findAll(re, text)).map((r) => sentenceAt(sents, r.start)));
  const verbs = lex.verbs
    .flatMap((re) => findAll(re, text))
    .filter((v) => !exclude.some((x) => overlaps(x, v)))
    .sort((a, b) => a.start - b.start);
  const times = findDeadlines(text, language);
  const bySentence = new Map<number, TextRange[]>();
  for (const v of verbs) {
    const s = sentenceAt(sents, v.start);
    if (negatedSentences.has(s)) continue;
    bySentence.set(s, [...(bySentence.get(s) ?? []), v]);
  }
  const out: PromiseMatch[] = [];
  for (const [s, vs] of bySentence) {
    let start = vs[0].start;
    let end = Math.max(...vs.map((v) => v.end));
    // The time that belongs to the promise: in the same sentence, preferring
    // one after the verb ("soitamme huomenna") to one before it.
    const inSentence = times.filter((t) => sentenceAt(sents, t.start) === s);
    const time = inSentence.find((t) => t.start >= start) ?? inSentence[inSentence.length - 1];
    if (time) {
      start = Math.min(start, time.start);
      end = Math.max(end, time.end);
    }
    const m: PromiseMatch = { start, end, text: text.slice(start, end) };
    if (time) m.due = time.spec;
    out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Ranges of negated promises, which also cancel an over-promise they overlap ("we cannot guarantee"). */
export function negatedPromises(text: string, lex: CompiledLexicon): TextRange[] {
  return lex.negated.flatMap((re) => findAll(re, text));
}
