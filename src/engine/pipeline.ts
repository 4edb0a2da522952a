// The whole play pipeline as one function: (scenario, seed, log) → result.
// Every screen, the CLI and the balance report reach a score through here.
import type { ScenarioModel } from './model.ts';
import type { Action } from './run/actions.ts';
import type { Overrides } from './scoring/types.ts';
import { replay } from './run/replay.ts';
import { scoreRun } from './scoring/score.ts';
import { buildResult, labelsOf, type KohuResult, type ResultLabels } from './result.ts';

/** The whole pipeline after loading: (scenario, seed, log) → result. */
export function runToResult(
  model: ScenarioModel,
  seed: number,
  log: readonly Action[],
  extra: ResultLabels & { overrides?: Overrides; until?: number } = {},
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
    ...labelsOf(result),
  });
}
