// balanceReport(model): is the scenario winnable, does doing nothing lose,
// what can a team score and how? Pure: the same model always gives the same
// report. Used by `kohu explore` and the studio's balance tab.
import { DIMENSIONS, type ScenarioModel } from '../model.ts';
import { explore } from '../explore/explore.ts';
import { runToResult } from '../pipeline.ts';
import { simulate } from './simulate.ts';
import { STRATEGIES, strategyFor, type StrategyName } from './strategies.ts';
import type { BalanceReport, ScoreKey, StrategyRun } from './types.ts';
import { balanceWarnings } from './warnings.ts';

const SEED = 1;

export function runStrategy(model: ScenarioModel, strategy: StrategyName): StrategyRun {
  const session = simulate(model, strategyFor(strategy, model), SEED);
  const result = runToResult(model, SEED, session.log, { until: model.durationMs });
  return {
    strategy,
    log: result.log,
    rejected: session.rejected.length,
    ending: result.ending,
    endedAt: result.endedAt,
    endReason: result.endReason,
    phases: result.phaseHistory,
    scores: result.scores,
  };
}

export function balanceReport(model: ScenarioModel): BalanceReport {
  const explored = explore(model);
  const runs = Object.fromEntries(STRATEGIES.map((s) => [s, runStrategy(model, s)])) as Record<StrategyName, StrategyRun>;

  const keys: ScoreKey[] = [...DIMENSIONS, 'total'];
  const range = Object.fromEntries(
    keys.map((k) => {
      const sorted = STRATEGIES.map((s) => ({ score: runs[s].scores[k], by: s })).sort((a, b) => b.score - a.score);
      return [k, { best: sorted[0], worst: sorted[sorted.length - 1] }];
    }),
  ) as BalanceReport['range'];

  // Reachability only grows with the cap, so stop exploring at the first cap that reaches a good ending.
  const maxLevel = Math.max(0, ...model.phases.map((p) => p.callsFor));
  const withoutEscalation: BalanceReport['withoutEscalation'] = [];
  let reached = !explored.goodEndingReachable; // nothing to learn when no good ending is reachable at all
  for (let below = 1; below <= maxLevel; below++) {
    if (!reached) reached = explore(model, { skipAtom: (k) => k.startsWith('esc:') && Number(k.slice(4)) >= below }).goodEndingReachable;
    withoutEscalation.push({ below, goodReachable: reached && explored.goodEndingReachable });
  }

  const parts = {
    scenario: model.id,
    language: model.language,
    durationMs: model.durationMs,
    explore: explored,
    runs,
    range,
    withoutEscalation,
  };
  return { ...parts, warnings: balanceWarnings(model, parts) };
}
