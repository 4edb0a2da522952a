// Plays a strategy against a scenario as a real session: the strategy sees
// what a trainee would see (posts appearing, phases changing, promises
// made) and schedules actions at simulated times. The result is an ordinary
// action log, so the balance report's runs can be replayed, scored and
// opened in the studio's playtest like any recorded drill.
import type { PhaseModel, PostModel, ScenarioModel } from '../model.ts';
import type { Action } from '../run/actions.ts';
import { Session } from '../run/session.ts';
import type { PromiseRecord } from '../run/record.ts';

/** What a strategy reacts to. Each hook returns the actions it wants, with their times. */
export interface Strategy {
  onStart?(model: ScenarioModel): Action[];
  onPost?(post: PostModel, at: number, session: Session): Action[];
  onPhase?(phase: PhaseModel, at: number, session: Session): Action[];
  /** After one of the strategy's own actions was accepted. */
  onAccepted?(action: Action, index: number, session: Session, promises: PromiseRecord[]): Action[];
}

/** How often the driver looks at the world between planned actions; below every planned delay. */
const LOOK_MS = 15_000;

export function simulate(model: ScenarioModel, strategy: Strategy, seed = 1): Session {
  const session = new Session(model, seed);
  const queue: Action[] = [...(strategy.onStart?.(model) ?? [])];
  let posts = 0;
  let phases = 0;
  let promises = 0;
  const observe = () => {
    for (; phases < session.phaseHistory.length; phases++) {
      const visit = session.phaseHistory[phases];
      const phase = model.phases.find((p) => p.id === visit.phase);
      if (phase) queue.push(...(strategy.onPhase?.(phase, visit.at, session) ?? []));
    }
    for (; posts < session.appeared.length; posts++) {
      const a = session.appeared[posts];
      const post = session.getPost(a.post);
      if (post) queue.push(...(strategy.onPost?.(post, a.at, session) ?? []));
    }
    // A stable sort keeps the strategy's own order for actions due at once.
    queue.sort((x, y) => x.at - y.at);
  };
  // Bounded: every pass either applies an action or moves the clock forward.
  for (let guard = 0; guard < 100_000 && !session.ended; guard++) {
    observe();
    const next = queue[0];
    if (next && next.at <= session.now()) {
      queue.shift();
      const action = { ...next, at: session.now() } as Action;
      const outcome = session.apply(action);
      if (outcome.ok) {
        const fresh = session.promises.slice(promises);
        promises = session.promises.length;
        queue.push(...(strategy.onAccepted?.(action, session.log.length - 1, session, fresh) ?? []));
      }
      continue;
    }
    if (session.now() >= model.durationMs) break;
    const target = Math.min(next?.at ?? Infinity, session.now() + LOOK_MS, model.durationMs);
    session.advanceTo(target);
  }
  return session;
}
