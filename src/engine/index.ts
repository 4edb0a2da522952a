// Kohu's engine: the public API the UI and the CLI use. Pure TypeScript —
// no DOM, no wall clock, no unseeded randomness. The run-time part (everything but
// loadScenario) never imports the YAML parser or the schema validator.
export type * from './model.ts';
export { DIMENSIONS } from './model.ts';
export type * from './run/actions.ts';
export * as actions from './run/actions.ts';
export type * from './run/types.ts';
export type * from './scoring/types.ts';
export type * from './text/types.ts';
export { Session } from './run/session.ts';
export { replay } from './run/replay.ts';
export { sessionView } from './run/view.ts';
export { DrillClock } from './run/drill-clock.ts';
export { scoreRun } from './scoring/score.ts';
export { buildResult, readResult, RESULT_FORMAT, type KohuResult, type ResultCheck } from './result.ts';
export { parseDuration, formatDuration, formatClock } from './duration.ts';
export { describeCond } from './run/facts.ts';
export { UNSURE_WORDS, GRADE_WORDS } from './scoring/reading-words.ts';
export { buildMachine } from './scenario/3-compile/machine.ts';

import type { ScenarioModel } from './model.ts';
import type { Action } from './run/actions.ts';
import type { Overrides } from './scoring/types.ts';
import { replay } from './run/replay.ts';
import { scoreRun } from './scoring/score.ts';
import { buildResult, type KohuResult } from './result.ts';

/** The whole pipeline after loading: (scenario, seed, log) → result. */
export function runToResult(
  model: ScenarioModel,
  seed: number,
  log: readonly Action[],
  extra: { team?: string; createdAt?: string; overrides?: Overrides; retiredOverrides?: Overrides; until?: number } = {},
): KohuResult {
  const session = replay(model, seed, log, extra.until);
  const record = session.record();
  return buildResult(record, scoreRun(record, extra.overrides), extra);
}

/**
 * A saved result replayed by today's rules (with its own overrides): what
 * every screen shows, so an upgraded or older result never shows stale scores.
 */
export function refreshResult(model: ScenarioModel, result: KohuResult, overrides: Overrides = result.overrides): KohuResult {
  return runToResult(model, result.seed, result.log, {
    until: result.endedAt,
    overrides,
    ...(result.team !== undefined && { team: result.team }),
    ...(result.createdAt !== undefined && { createdAt: result.createdAt }),
    ...(result.retiredOverrides !== undefined && { retiredOverrides: result.retiredOverrides }),
  });
}
