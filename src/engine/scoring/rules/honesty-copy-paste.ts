// Honesty: near-identical replies to different people read as routine and
// backfire (Decock et al. 2020). Word-shingle Jaccard ≥ 0.8 with an earlier
// reply to another persona. Very short replies ("Kiitos!") are left alone:
// there is no template to speak of under six words.
import type { Flag, Rule } from '../types.ts';
import { shingles, similarity } from '../../text/similarity.ts';
import { allReplies, personaName, type ReplyRef } from '../query.ts';

const ID = 'honesty.copy-paste';
export const COPY_PASTE_THRESHOLD = 0.8;
const MIN_TOKENS = 6;

// Rounding must never make a bound stricter than the exact fraction.
const EPSILON = 1e-9;

/**
 * For each reply, the first earlier reply to another persona that it copies
 * (both long enough, similarity at or over the threshold), if any. Found as
 * a similarity join does (prefix and positional filtering, Xiao et al. 2008)
 * rather than by comparing every pair: with the shingles in one order
 * (rarest first), two sets that similar share one among the first
 * |S| − ⌈t·|S|⌉ + 1 of each, and the shingles left after a shared one bound
 * how much more they can share. Only the pairs those bounds leave are
 * compared, by the same similarity() as always.
 */
export function firstCopied(replies: readonly ReplyRef[]): (ReplyRef | undefined)[] {
  const t = COPY_PASTE_THRESHOLD;
  const long = replies.filter((r) => r.analysis.tokens.length >= MIN_TOKENS);
  // Copying needs two people to copy between.
  if (long.every((r) => r.post.by === long[0].post.by)) return replies.map(() => undefined);
  const sets = replies.map((r) => (r.analysis.tokens.length >= MIN_TOKENS ? shingles(r.analysis.tokens) : null));
  const frequency = new Map<string, number>();
  for (const set of sets) for (const s of set ?? []) frequency.set(s, (frequency.get(s) ?? 0) + 1);
  // Each shingle's place in the order (rarest first), so that sets sort as numbers.
  const rank = new Map(
    [...frequency.keys()].sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0)).map((s, k) => [s, k]),
  );
  const needed = (n: number, m: number) => Math.ceil((t / (1 + t)) * (n + m) - EPSILON);
  /**
   * Per shingle, the earlier replies with it in their prefix, grouped by its
   * place there and their size: a whole group is passed over at once when
   * its place leaves too few shingles to reach the threshold (templates to
   * many people share their common shingles, so these lists grow long).
   */
  const index = new Map<number, Map<number, { at: number; size: number; replies: number[] }>>();
  /** Per reply, where each shingle of its prefix stands. */
  const placeIn: Map<number, number>[] = [];
  return replies.map((r, i) => {
    const set = sets[i];
    if (!set) return undefined;
    const ordered = [...set].map((s) => rank.get(s)!).sort((a, b) => a - b);
    const n = ordered.length;
    const prefix = n - Math.ceil(t * n - EPSILON) + 1;
    /** Shingles shared so far with each candidate; -1 once it can no longer reach the threshold. */
    const shared = new Map<number, number>();
    const meet = (j: number, p: number, at: number, m: number) => {
      const so = shared.get(j) ?? 0;
      if (so >= 0) shared.set(j, so + 1 + Math.min(n - p - 1, m - at - 1) >= needed(n, m) ? so + 1 : -1);
    };
    for (let p = 0; p < prefix; p++) {
      for (const { at, size, replies: group } of index.get(ordered[p])?.values() ?? []) {
        if (1 + Math.min(n - p - 1, size - at - 1) >= needed(n, size)) for (const j of group) meet(j, p, at, size);
        else
          // Too late for a first shared shingle; only a candidate already met can still get there.
          for (const [j, so] of shared) if (so > 0 && sets[j]!.size === size && placeIn[j].get(ordered[p]) === at) meet(j, p, at, size);
      }
    }
    placeIn[i] = new Map(ordered.slice(0, prefix).map((s, p) => [s, p]));
    for (let p = 0; p < prefix; p++) {
      const groups = index.get(ordered[p]) ?? new Map<number, { at: number; size: number; replies: number[] }>();
      index.set(ordered[p], groups);
      const key = p * 0x10000 + n;
      const group = groups.get(key);
      if (group) group.replies.push(i);
      else groups.set(key, { at: p, size: n, replies: [i] });
    }
    const earlier = [...shared]
      .filter(([, so]) => so > 0)
      .map(([j]) => j)
      .sort((a, b) => a - b)
      .find((j) => replies[j].post.by !== r.post.by && similarity(replies[j].analysis.tokens, r.analysis.tokens) >= t);
    return earlier === undefined ? undefined : replies[earlier];
  });
}

export const copyPaste: Rule = {
  id: ID,
  dimension: 'honesty',
  apply(record) {
    const replies = allReplies(record);
    const copied = firstCopied(replies);
    const out: Flag[] = [];
    replies.forEach((r, i) => {
      const earlier = copied[i];
      if (!earlier) return;
      const who = personaName(record, r.post.by);
      const other = personaName(record, earlier.post.by);
      const pct = Math.round(similarity(earlier.analysis.tokens, r.analysis.tokens) * 100);
      out.push({
        id: `${ID}:${r.index}`,
        rule: ID,
        dimension: 'honesty',
        points: -8,
        post: r.post.id,
        at: r.action.at,
        action: r.index,
        matches: [{ start: 0, end: r.action.text.length, text: r.action.text }],
        explain: {
          fi: `${who}: vastaus on ${pct} % sama kuin aiempi vastaus käyttäjälle ${other} – kopioitu vastaus kuulostaa rutiinilta.`,
          en: `${who}: the reply is ${pct}% the same as an earlier reply to ${other} — a copied answer sounds routine.`,
        },
      });
    });
    return out;
  },
};
