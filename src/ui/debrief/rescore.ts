// Override bookkeeping: a facilitator's decision on a flag goes into the
// result's `overrides` (keyed by flag id), and the result is replayed from
// (scenario, seed, log) with them, so the scores are the engine's own
// arithmetic, never patched numbers. Pure: no DOM, no storage.
import { refreshResult, type KohuResult, type Overrides, type ScenarioModel } from '../../engine/play.ts';

export type Decision = Overrides[string];

/** The result replayed with these overrides (team, creation time and everything else kept). */
export function rescore(model: ScenarioModel, result: KohuResult, overrides: Overrides): KohuResult {
  return refreshResult(model, result, overrides);
}

/** Set (or, with `null`, remove) the decision on one flag; a decision made here settles the file's claim on it. */
export function withDecision(model: ScenarioModel, result: KohuResult, flagId: string, decision: Decision | null): KohuResult {
  const overrides: Overrides = { ...result.overrides };
  if (decision) overrides[flagId] = decision;
  else delete overrides[flagId];
  const claims = { ...result.claims };
  if (decision) delete claims[flagId];
  return rescore(model, { ...result, claims }, overrides);
}

/** The scores the rules gave before any person's judgement. */
export function automaticScores(model: ScenarioModel, result: KohuResult): KohuResult['scores'] {
  return Object.keys(result.overrides ?? {}).length ? rescore(model, result, {}).scores : result.scores;
}

export interface Agreement {
  flags: number;
  reviewed: number;
  accepted: number;
  rejected: number;
  adjusted: number;
}

/** How often the facilitator agreed with the automatic flags (overrides of flags that exist). */
export function agreement(results: readonly KohuResult[]): Agreement {
  const a: Agreement = { flags: 0, reviewed: 0, accepted: 0, rejected: 0, adjusted: 0 };
  for (const r of results) {
    for (const f of r.flags) {
      a.flags++;
      const o = r.overrides?.[f.id];
      if (!o) continue;
      a.reviewed++;
      if (o.decision === 'accept') a.accepted++;
      else if (o.decision === 'reject') a.rejected++;
      else a.adjusted++;
    }
  }
  return a;
}

/** Share agreed, 0–100, or null before anything was reviewed. */
export function agreementRate(a: Agreement): number | null {
  return a.reviewed ? Math.round((100 * a.accepted) / a.reviewed) : null;
}
