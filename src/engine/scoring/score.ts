// The score, exactly as documented for trainers:
//
//   per dimension  raw   = round(100 × Σ credit points / Σ credit max + Σ penalty points)
//                  score = clamp(0, 100, raw)
//                  (no credit flags, or Σ max = 0: the base is 100)
//                  The raw figure is kept beside the score, so that a clamp never
//                  hides a difference (deleting criticism is worse than silence).
//   total          the weighted mean of the four scores (model.scoring.weights), rounded
//
// A facilitator's override is applied to the flags first and kept on them:
//   reject  points → 0 (a credit flag keeps its max, so it counts as 0 of max)
//   adjust  points → the given value (a credit flag's is kept within 0…max)
//   accept  nothing changes; the decision and reason are recorded
import { DIMENSIONS, type Dimension } from '../model.ts';
import type { Flag, Overrides, Rule, ScoreReport } from './types.ts';
import type { RunRecord } from '../run/record.ts';
import { RULES } from './rules/index.ts';

export function applyOverrides(flags: readonly Flag[], overrides: Overrides = {}): Flag[] {
  return flags.map((f) => {
    const o = overrides[f.id];
    if (!o) return f;
    let points = f.points;
    if (o.decision === 'reject') points = 0;
    if (o.decision === 'adjust' && typeof o.points === 'number' && Number.isFinite(o.points)) {
      points = f.max !== undefined ? Math.min(f.max, Math.max(0, o.points)) : o.points;
    }
    const out: Flag = { ...f, points, override: { decision: o.decision, reason: o.reason } };
    if (o.by !== undefined) out.override!.by = o.by;
    if (points !== f.points) out.originalPoints = f.points;
    return out;
  });
}

export function dimensionScore(flags: readonly Flag[]): number {
  return Math.min(100, Math.max(0, rawDimensionScore(flags)));
}

export function rawDimensionScore(flags: readonly Flag[]): number {
  let earned = 0;
  let max = 0;
  let penalty = 0;
  for (const f of flags) {
    if (f.max !== undefined) {
      // A rejected opportunity ("the rule does not apply here") is neither earned nor owed.
      if (f.override?.decision === 'reject') continue;
      earned += f.points;
      max += f.max;
    } else penalty += f.points;
  }
  const base = max > 0 ? (100 * earned) / max : 100;
  return Math.round(base + penalty);
}

export function weightedTotal(scores: Record<Dimension, number>, weights: Record<Dimension, number>): number {
  const sum = DIMENSIONS.reduce((s, d) => s + (weights[d] ?? 0), 0);
  // All weights zero would divide by zero; fall back to equal weights.
  const w = (d: Dimension) => (sum > 0 ? (weights[d] ?? 0) / sum : 1 / DIMENSIONS.length);
  return Math.round(DIMENSIONS.reduce((s, d) => s + w(d) * scores[d], 0));
}

/** Scores and total from finished flags (e.g. after a facilitator changed an override). */
export function summarise(flags: Flag[], weights: Record<Dimension, number>): ScoreReport {
  const scores = Object.fromEntries(DIMENSIONS.map((d) => [d, dimensionScore(flags.filter((f) => f.dimension === d))])) as Record<
    Dimension,
    number
  >;
  const raw = Object.fromEntries(DIMENSIONS.map((d) => [d, rawDimensionScore(flags.filter((f) => f.dimension === d))])) as Record<
    Dimension,
    number
  >;
  return { scores, raw, total: weightedTotal(scores, weights), flags };
}

/** Flag ids must be unique for overrides to address them; a repeat gets "#2", "#3". */
function uniqueIds(flags: Flag[]): Flag[] {
  const seen = new Map<string, number>();
  return flags.map((f) => {
    const n = (seen.get(f.id) ?? 0) + 1;
    seen.set(f.id, n);
    return n === 1 ? f : { ...f, id: `${f.id}#${n}` };
  });
}

export function runRules(record: RunRecord, rules: readonly Rule[] = RULES): Flag[] {
  return uniqueIds(rules.flatMap((r) => r.apply(record)));
}

export function scoreRun(record: RunRecord, overrides?: Overrides, rules: readonly Rule[] = RULES): ScoreReport {
  return summarise(applyOverrides(runRules(record, rules), overrides), record.model.scoring.weights);
}
