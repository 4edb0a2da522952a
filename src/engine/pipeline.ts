// The whole play pipeline as one function: (scenario, seed, log) → result.
// Every screen, the CLI and the balance report reach a score through here.
import type { ScenarioModel } from './model.ts';
import type { Action } from './run/actions.ts';
import type { Overrides } from './scoring/types.ts';
import { replay } from './run/replay.ts';
import { scoreRun } from './scoring/score.ts';
import { buildResult, labelsOf, tooManyActions, type KohuResult, type ResultCheck, type ResultExtra } from './result.ts';
import { latestTime, MAX_LOG_ACTIONS } from './limits.ts';
import { formatDuration } from './duration.ts';

/** The whole pipeline after loading: (scenario, seed, log) → result. */
export function runToResult(
  model: ScenarioModel,
  seed: number,
  log: readonly Action[],
  extra: ResultExtra & { until?: number } = {},
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

/**
 * A result that arrived from elsewhere (a file, another browser), checked
 * against the scenario it names before anyone sees it: its times lie within
 * the scenario's duration, its log is within the stated cap and replays
 * without a refusal (each action was accepted when it was played). The
 * scores are the replay's own; the file's overrides become its claims
 * (KohuResult.claims), shown but not counted until accepted here.
 */
export function admitResult(model: ScenarioModel, result: KohuResult, file: string): ResultCheck {
  if (result.log.length > MAX_LOG_ACTIONS) return tooManyActions(file, result.log.length);
  const latest = latestTime(model.durationMs);
  const times: [string, number | undefined][] = [
    ['endedAt', result.endedAt],
    ['quitAt', result.quitAt],
    ...result.log.map((a, i): [string, number] => [`log[${i}].at`, a.at]),
  ];
  const late = times.find(([, at]) => at !== undefined && at > latest);
  if (late) {
    const [field, at] = late;
    const limit = formatDuration(latest);
    return refuse(
      'result_time_out_of_range',
      `Tiedoston ”${file}” kenttä ${field} on ${at} ms, myöhemmin kuin skenaario voi kestää (enintään ${limit}). Tiedosto on vaurioitunut tai muokattu.`,
      `In the file “${file}”, the field ${field} is ${at} ms, later than the scenario can last (at most ${limit}). The file is damaged or edited.`,
      field,
    );
  }
  const session = replay(model, result.seed, result.log, result.endedAt);
  const refused = session.rejected[0];
  if (refused) {
    const field = `log[${result.log.indexOf(refused.action)}]`;
    return refuse(
      'result_log_refused',
      `Tiedoston ”${file}” toiminto ${field} ei toistu skenaariossa (${refused.message}). Tiedosto on vaurioitunut tai muokattu.`,
      `In the file “${file}”, the action ${field} does not replay on the scenario (${refused.message}). The file is damaged or edited.`,
      field,
    );
  }
  const record = session.record();
  const claims = { ...result.claims, ...result.overrides };
  return {
    ok: true,
    result: buildResult(record, scoreRun(record), {
      ...labelsOf(result),
      claims,
    }),
  };
}

const refuse = (code: string, fi: string, en: string, field: string): ResultCheck => ({ ok: false, code, message: { fi, en }, field });
