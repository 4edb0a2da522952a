// Assertions shared by the rule tests: a change of the record moves exactly
// one dimension, and a rule's flags can be picked out of a report.
import { expect } from 'vitest';
import { DIMENSIONS, type Dimension } from '../../../src/engine/model.ts';
import { scoreRun } from '../../../src/engine/scoring/index.ts';
import type { Flag, ScoreReport } from '../../../src/engine/scoring/types.ts';
import type { RunRecord } from '../../../src/engine/run/record.ts';

/** Scores both records and checks that only `dim` differs; returns both reports. */
export function changesOnly(base: RunRecord, variant: RunRecord, dim: Dimension): [ScoreReport, ScoreReport] {
  const a = scoreRun(base);
  const b = scoreRun(variant);
  for (const d of DIMENSIONS) {
    if (d === dim) expect(b.scores[d], `${d} should change`).not.toBe(a.scores[d]);
    else expect(b.scores[d], `${d} should not change (${dim} rule)`).toBe(a.scores[d]);
  }
  return [a, b];
}

export const flagsOf = (r: ScoreReport, rule: string): Flag[] => r.flags.filter((f) => f.rule === rule);
