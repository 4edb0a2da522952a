// Checking a result before it joins a debrief. Refused, each with a reason
// the UI names the file with: not JSON / not a result / an unknown format /
// a field that does not fit the schema (the engine's readResult), a result
// of another scenario, language or version, a scenario this app does not
// have, times past the scenario's end or a log that no longer replays on it
// (the engine's admitResult), and the same result twice. Accepted results
// are replayed, so their scores are always the engine's own, and overrides
// that came in the file are claims until the facilitator accepts them.
import { admitResult, readResult, type KohuResult, type Language, type ScenarioModel } from '../../engine/play.ts';
import type { DebriefScenario, DebriefTeam } from './types.ts';

export type LoadCode = 'other_scenario' | 'other_language' | 'other_version' | 'scenario_missing' | 'duplicate';

export type LoadOutcome =
  | { ok: true; result: KohuResult; model: ScenarioModel }
  /** Either the engine's own bilingual message, or one of ours by code with its parameters. */
  | { ok: false; engine?: { fi: string; en: string }; code?: LoadCode; params?: Record<string, string | number> };

export interface LoadContext {
  scenario: DebriefScenario | null;
  teams: readonly DebriefTeam[];
  modelFor: (s: { id: string; language: Language }) => ScenarioModel | null;
}

export function checkResultText(text: string, ctx: LoadContext, file = 'result.json'): LoadOutcome {
  const read = readResult(text, file);
  if (!read.ok) return { ok: false, engine: read.message };
  return checkResult(read.result, ctx, file);
}

export function checkResult(r: KohuResult, ctx: LoadContext, file = 'result.json'): LoadOutcome {
  const s = r.scenario;
  const want = ctx.scenario;
  if (want && s.id !== want.id)
    return { ok: false, code: 'other_scenario', params: { got: `${s.title} (${s.id})`, want: `${want.title} (${want.id})` } };
  if (want && s.language !== want.language)
    return { ok: false, code: 'other_language', params: { got: s.language.toUpperCase(), want: want.language.toUpperCase() } };
  if (want && s.version !== want.version) return { ok: false, code: 'other_version', params: { got: s.version, want: want.version } };
  const model = ctx.modelFor(s);
  if (!model) return { ok: false, code: 'scenario_missing', params: { id: s.id, lang: s.language.toUpperCase() } };
  if (model.version !== s.version) return { ok: false, code: 'other_version', params: { got: s.version, want: model.version } };
  if (ctx.teams.some((t) => sameRun(t.result, r))) return { ok: false, code: 'duplicate', params: {} };
  const admitted = admitResult(model, r, file);
  return admitted.ok ? { ok: true, result: admitted.result, model } : { ok: false, engine: admitted.message };
}

/** The same drill: same scenario, seed, log and creation time. */
export function sameRun(a: KohuResult, b: KohuResult): boolean {
  return (
    a.scenario.id === b.scenario.id &&
    a.seed === b.seed &&
    a.createdAt === b.createdAt &&
    a.endedAt === b.endedAt &&
    a.log.length === b.log.length &&
    JSON.stringify(a.log) === JSON.stringify(b.log)
  );
}

/** A team name from the result, else the file's name without its extension. */
export function nameFrom(result: KohuResult, source: string): string {
  if (result.team?.trim()) return result.team.trim();
  return source.replace(/\.json$/i, '').replace(/^kohu-/, '');
}
