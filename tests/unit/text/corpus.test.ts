// The reading against the hand-labelled corpus (tests/corpus/LABELS.md).
// Floors are on the held-out `test` split and only ever rise: the reading is
// improved on `dev` and measured here. The figures themselves are printed by
// `npm run bench`.
import { describe, expect, it } from 'vitest';
import { evaluate, LABELS, loadCorpus } from '../../corpus/evaluate.ts';

/** Raised when the reading improves; never lowered to make a change pass. */
const FLOORS = {
  fi: { macroF1: 0.82, gradeAccuracy: 0.85, dueAccuracy: 0.85 },
  en: { macroF1: 0.69, gradeAccuracy: 0.73, dueAccuracy: 0.93 },
} as const;

describe.each(['fi', 'en'] as const)('the %s corpus', (lang) => {
  const corpus = loadCorpus(lang);

  it('is well formed: unique ids, known labels, a due time for each deadline promise, both splits', () => {
    expect(new Set(corpus.map((e) => e.id)).size).toBe(corpus.length);
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    for (const e of corpus) {
      expect(e.lang).toBe(lang);
      for (const l of e.labels) expect(LABELS).toContain(l);
      expect((e.due ?? []).length > 0).toBe(e.labels.includes('deadline_promise'));
    }
    expect(corpus.filter((e) => e.split === 'test').length).toBeGreaterThanOrEqual(50);
  });

  it('the held-out split reads at or above its floors', () => {
    const f = evaluate(corpus.filter((e) => e.split === 'test'));
    expect(f.macroF1).toBeGreaterThanOrEqual(FLOORS[lang].macroF1);
    expect(f.gradeAccuracy).toBeGreaterThanOrEqual(FLOORS[lang].gradeAccuracy);
    expect(f.dueAccuracy).toBeGreaterThanOrEqual(FLOORS[lang].dueAccuracy);
  });

  it("never reads an expert's poor reply as good, nor a good one as poor, on more than one in ten", () => {
    const f = evaluate(corpus);
    const flips = f.gradeConfusion.poor.good + f.gradeConfusion.good.poor;
    expect(flips / corpus.length).toBeLessThanOrEqual(0.1);
  });
});
