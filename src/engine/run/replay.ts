// Resuming, scoring and debriefing a drill all start here: a fresh session
// with the same (model, seed) fed the same log gives the same world.
import type { ScenarioModel } from '../model.ts';
import type { Action } from './actions.ts';
import { Session, type SessionOptions } from './session.ts';

export function replay(model: ScenarioModel, seed: number, log: readonly Action[], until?: number, options?: SessionOptions): Session {
  const session = new Session(model, seed, options);
  for (const action of log) session.apply(action);
  if (until !== undefined) session.advanceTo(until);
  return session;
}
