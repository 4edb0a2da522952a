// Promise detection: an actor with a promise verb, in any voice: the first
// person ("soitamme", "we'll call"), the organisation's passive ("asiaa
// selvitetään", "hyvitys maksetaan") or a third person ("our team will reach
// out", "you'll receive a refund"); and the deadline its sentence names
// ("kahden arkipäivän kuluessa", "by 5 pm"; read in deadlines.ts). Some verbs
// commit only with a time ("huoltomies tulee huomenna", "an engineer is due
// tomorrow"): without one they describe. A negated promise ("emme voi
// luvata", "we can't promise") cancels the promises of its sentence. One
// promise per sentence and time: "selvitämme asian ja soitamme huomenna" is
// one commitment, "we'll start right away and it'll be ready at 4:15" two.
import type { Language } from '../model.ts';
import type { CompiledLexicon } from './lexicon.ts';
import { findDeadlines, type DeadlineHit } from './deadlines.ts';
import type { PromiseMatch, TextRange } from './types.ts';
import { findAll, overlaps } from './pattern.ts';
import { sentenceAt, type Sentence } from './tokenise.ts';

type Verb = TextRange & { openEnded?: boolean };

export function findPromises(
  text: string,
  sents: readonly Sentence[],
  lex: CompiledLexicon,
  language: Language,
  /** Ranges that look like promise verbs but are not (e.g. "korjaamme väärän tiedon" is a correction). */
  exclude: readonly TextRange[] = [],
): PromiseMatch[] {
  const negatedSentences = new Set(lex.negated.flatMap((re) => findAll(re, text)).map((r) => sentenceAt(sents, r.start)));
  const times = findDeadlines(text, language);
  const found = (res: RegExp[]) => res.flatMap((re) => findAll(re, text)).filter((v) => !exclude.some((x) => overlaps(x, v)));
  // A timed verb needs a time after it in its sentence ("the email should be with you shortly" is no deadline for a booking "at 7:30 on Saturday" before it).
  const timed = found(lex.timed).filter((v) =>
    times.some((t) => t.start >= v.end && sentenceAt(sents, t.start) === sentenceAt(sents, v.start)),
  );
  // Overlapping verb matches ("we'll send" and "we'll send you a replacement")
  // are one, open-ended only if every match in it is.
  const verbs: Verb[] = [];
  const all: Verb[] = [...found(lex.verbs), ...timed, ...found(lex.openEnded).map((v) => ({ ...v, openEnded: true }))];
  for (const v of all.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const prev = verbs[verbs.length - 1];
    if (prev && overlaps(prev, v)) {
      prev.end = Math.max(prev.end, v.end);
      prev.openEnded = prev.openEnded && v.openEnded;
    } else verbs.push({ ...v });
  }
  const bySentence = new Map<number, Verb[]>();
  for (const v of verbs) {
    const s = sentenceAt(sents, v.start);
    if (negatedSentences.has(s)) continue;
    bySentence.set(s, [...(bySentence.get(s) ?? []), v]);
  }
  const out: PromiseMatch[] = [];
  for (const [s, vs] of bySentence) {
    const inSentence = times.filter((t) => sentenceAt(sents, t.start) === s);
    for (const [group, time] of pairTimes(vs, inSentence)) {
      let start = group[0].start;
      let end = Math.max(...group.map((v) => v.end));
      if (time) {
        start = Math.min(start, time.start);
        end = Math.max(end, time.end);
      }
      const m: PromiseMatch = { start, end, text: text.slice(start, end) };
      if (time) m.due = time.spec;
      if (group.every((v) => v.openEnded)) m.openEnded = true;
      out.push(m);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The verbs of one sentence and the times that belong to them. With one time
 * or none the sentence is one promise, its time preferably after the verb
 * ("soitamme huomenna") rather than before. With several, a verb owns the first
 * time between it and the next verb (the first verb may own one before it),
 * and the sentence splits into one promise per verb that owns a time.
 */
function pairTimes<V extends TextRange>(vs: readonly V[], ts: readonly DeadlineHit[]): [V[], DeadlineHit | undefined][] {
  if (ts.length <= 1) {
    const time = ts.find((t) => t.start >= vs[0].start) ?? ts[ts.length - 1];
    return [[[...vs], time]];
  }
  // Each verb's time is the first one between it and the next verb; the first verb may take one before it.
  const owned = new Map<V, DeadlineHit>();
  vs.forEach((v, i) => {
    const next = vs[i + 1]?.start ?? Infinity;
    const t = ts.find((x) => x.start >= v.start && x.start < next) ?? (i === 0 ? ts.filter((x) => x.start < v.start).pop() : undefined);
    if (t) owned.set(v, t);
  });
  const groups: [V[], DeadlineHit | undefined][] = [];
  for (const v of vs) {
    const t = owned.get(v);
    const last = groups[groups.length - 1];
    // A new promise starts at each verb that owns a time, unless the current one has none yet.
    if (!last || (t && last[1])) groups.push([[v], t]);
    else {
      last[0].push(v);
      if (t) last[1] = t;
    }
  }
  return groups;
}

/** Ranges of negated promises, which also cancel an over-promise they overlap ("we cannot guarantee"). */
export function negatedPromises(text: string, lex: CompiledLexicon): TextRange[] {
  return lex.negated.flatMap((re) => findAll(re, text));
}
