// "Jump to a phase" for the studio's playtest. First choice: a synthetic
// player's run (expert, doing nothing, careless) that passes through the
// phase, cut where it enters it — a real drill, so it surely gets there.
// Otherwise the explorer's shortest path (first one without deletions,
// which a shortest path likes but which make later replies impossible).
// That path is abstract (a kind of reply, a deletion, a timer), so each
// move is turned into a concrete action on a real session — the expert's
// answer for an honest reply, a careless one for a dishonest reply, a
// promise with a 20-minute deadline for a kept or broken promise — waiting
// for posts to appear and timers to run out as a trainee would. The result
// says honestly whether the real run got there: the explorer ignores when
// posts appear, so a path can exist in the machine but not on the clock.
import type { PostModel, ScenarioModel } from '../model.ts';
import type { Action } from '../run/actions.ts';
import { Session } from '../run/session.ts';
import { explore, type ExploreReport, type PathStep } from '../explore/explore.ts';
import { STRATEGIES, expertAnswer, strategyFor } from './strategies.ts';
import { simulate } from './simulate.ts';
import { PROMISE_MS, WORDS, expertStatement, firstNameOf, snippet } from './texts.ts';

export interface PhaseJump {
  target: string;
  /** Where the actions came from: a synthetic player's run, or the explorer's path made concrete. */
  via: 'expert' | 'nothing' | 'careless' | 'explorer';
  /** The actions taken, in order: replay them (with the same seed) to stand where the jump ended. */
  log: Action[];
  /** Simulated time the jump ended at. */
  at: number;
  reached: boolean;
  /** The phase the run is in at the end. */
  phase: string;
  /** The explorer's path (its steps carry words in both languages); null when the explorer found none. */
  path: PathStep[] | null;
}

export function pathToPhase(model: ScenarioModel, target: string, seed = 1, explored: ExploreReport = explore(model)): PhaseJump {
  const path = explored.phases.find((p) => p.id === target)?.steps ?? null;
  for (const name of STRATEGIES) {
    const run = simulate(model, strategyFor(name, model), seed);
    const entry = run.phaseHistory.find((v) => v.phase === target);
    if (!entry) continue;
    const log = run.log.filter((a) => a.at <= entry.at);
    return { target, via: name, log, at: entry.at, reached: true, phase: target, path };
  }
  let last: PhaseJump | null = null;
  for (const skipAtom of [(k: string) => k.startsWith('deleted:') || k.startsWith('hidden:'), undefined]) {
    const report = skipAtom ? explore(model, { skipAtom }) : explored;
    const steps = report.phases.find((p) => p.id === target)?.steps;
    if (!steps) continue;
    const session = new Session(model, seed);
    for (const step of steps) if (!session.ended && !visited(session, target)) perform(session, model, step);
    const reached = visited(session, target);
    last = { target, via: 'explorer', log: [...session.log], at: session.now(), reached, phase: session.phase(), path: steps };
    if (reached) return last;
  }
  return last ?? { target, via: 'explorer', log: [], at: 0, reached: target === model.initial, phase: model.initial, path };
}

const visited = (s: Session, phase: string) => s.phaseHistory.some((v) => v.phase === phase);

function perform(s: Session, model: ScenarioModel, step: PathStep): void {
  const w = WORDS[model.language];
  if (step.kind === 'timer') {
    const phase = model.phases.find((p) => p.id === step.phase);
    const entry = [...s.phaseHistory].reverse().find((v) => v.phase === step.phase);
    const after = phase?.transitions[step.index]?.afterMs;
    if (entry && after !== undefined) s.advanceTo(entry.at + after);
    return;
  }
  const [kind, a, b, c, d] = step.key.split(':');
  const act = (action: Record<string, unknown>) => s.apply({ ...action, at: s.now() } as unknown as Action);
  switch (kind) {
    case 'reply': {
      const post = waitFor(s, a);
      if (!post) return;
      const honest = c === 'h';
      const apology = d === 'a';
      const first = firstNameOf(model.personas.find((p) => p.id === post.by)?.name ?? post.by);
      const text = honest
        ? apology || !post.companyAtFault
          ? expertAnswer(model, post)
          : w.regretRemedy(first)
        : apology
          ? w.apologyExcuse(first)
          : w.careless;
      act({ type: 'reply', post: a, text, visibility: b === 'pub' ? 'public' : 'private' });
      return;
    }
    case 'deleted':
    case 'hidden':
      if (waitFor(s, a)) act({ type: kind === 'deleted' ? 'delete' : 'hide', post: a });
      return;
    case 'esc':
      act({ type: 'escalate', level: Number(a) as 0 | 1 | 2 | 3, note: w.escalationNote });
      return;
    case 'stmt':
      act(
        a === 'true'
          ? { type: 'statement', ...expertStatement(model, w) }
          : { type: 'statement', text: w.carelessStatement(model.company) },
      );
      return;
    case 'follow': {
      const post = waitFor(s, a);
      if (post)
        act({
          type: 'follow_up',
          post: a,
          text: w.followUp(firstNameOf(model.personas.find((p) => p.id === post.by)?.name ?? post.by), snippet(post)),
          visibility: 'public',
        });
      return;
    }
    case 'promise': {
      const post = a === '*' ? [...s.posts.values()].find((p) => p.status !== 'deleted')?.post : waitFor(s, a);
      if (!post) return;
      const first = firstNameOf(model.personas.find((p) => p.id === post.by)?.name ?? post.by);
      act({ type: 'reply', post: post.id, text: w.promise(first), visibility: 'public' });
      if (b === 'kept') act({ type: 'follow_up', post: post.id, text: w.followUp(first, snippet(post)), visibility: 'public' });
      else s.advanceTo(s.now() + PROMISE_MS + 1000);
      return;
    }
  }
}

/** The post, once it has appeared: waits for it within the current phase if it is due there. */
function waitFor(s: Session, id: string): PostModel | undefined {
  const state = s.posts.get(id);
  if (state) return state.status === 'deleted' ? undefined : state.post;
  const phase = s.model.phases.find((p) => p.id === s.phase());
  const due = phase?.posts.find((p) => p.post === id);
  const entry = [...s.phaseHistory].reverse()[0];
  if (!due || !entry) return undefined;
  s.advanceTo(entry.at + due.atMs);
  return s.posts.get(id)?.post;
}
