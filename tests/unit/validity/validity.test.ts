// Does the score agree with the expert? Every suite in tests/validity
// (README.md there): Kohu's totals ranked against the expert's order, and
// each isolated mistake moving its own dimension and no other by more than
// 5 points. The suites were written and committed before the scorer ran on
// them; floors only ever rise. `npm run bench` prints the figures.
import { describe, expect, it } from 'vitest';
import { evaluateSuite, suiteStems } from '../../validity/evaluate.ts';

/** Kendall's τ-b between the expert's order and Kohu's totals, per suite and on average. */
const TAU_FLOOR = 0.65;
const MEAN_TAU_FLOOR = 0.8;
const SPILL_LIMIT = 5;

/**
 * Pairs Kohu still gets wrong, each with the reason; the test fails when one
 * starts passing, so that it is taken off this list.
 */
const KNOWN: Record<string, string> = {
  'gym-cancel.fi/broken_promise': 'a reply to the same customer’s next post counts as keeping the promise to come back to the first thread',
};

const suites = suiteStems().map(evaluateSuite);

describe('the expert order', () => {
  it.each(suites.map((s) => [s.stem, s] as const))('%s: Kohu ranks the runs as the expert does', (_, s) => {
    expect(s.ranked.length).toBeGreaterThanOrEqual(6);
    expect(s.tau).toBeGreaterThanOrEqual(TAU_FLOOR);
  });

  it('agrees on average', () => {
    expect(suites.length).toBeGreaterThanOrEqual(6);
    expect(suites.reduce((sum, s) => sum + s.tau, 0) / suites.length).toBeGreaterThanOrEqual(MEAN_TAU_FLOOR);
  });
});

describe('one mistake moves one score', () => {
  const pairs = suites.flatMap((s) => s.pairs.map((p) => [`${s.stem}/${p.mistake}`, p] as const));

  it('covers every kind of mistake', () => {
    const kinds = new Set(pairs.map(([, p]) => p.mistake));
    for (const k of [
      'late',
      'dm_only',
      'delete',
      'excuse',
      'non_apology',
      'broken_promise',
      'copy_paste',
      'over_escalation',
      'never_told_comms',
      'stuffing',
      'apology_for_rumour',
      'premature_claim',
    ])
      expect(kinds).toContain(k);
  });

  it.each(pairs)('%s', (key, p) => {
    const isolated = p.moved && p.spill <= SPILL_LIMIT;
    if (KNOWN[key]) {
      expect(isolated, `${key} now passes: take it off KNOWN`).toBe(false);
      return;
    }
    expect(p.delta[p.dimension], `${p.note ?? ''}`).toBeLessThan(0);
    expect(p.spill, `${p.spillDimension} moved by ${p.spill}`).toBeLessThanOrEqual(SPILL_LIMIT);
    // A string of apology words never beats the plain honest reply.
    if (p.mistake === 'stuffing') expect(p.delta.total).toBeLessThanOrEqual(0);
  });
});
