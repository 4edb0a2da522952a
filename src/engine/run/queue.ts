// The inject queue: the posts a phase will bring on its own, and what the
// facilitator did to them before they came — held (not until sent now),
// skipped (never), delayed (later by so much). These are `queue` actions in
// the log, so the session replays them like any other; sending a post now
// is the facilitator's `inject`. Read by the session (when a scheduled post
// falls due) and by the control window (what comes next), from one place.
import type { ScenarioModel } from '../model.ts';
import type { Action } from './actions.ts';
import type { PhaseVisit } from './record.ts';

export interface QueueState {
  held: boolean;
  skipped: boolean;
  /** Added to the post's time in its phase. */
  delayMs: number;
}

/** What the log's `queue` actions say about one post. */
export function queueStateOf(log: readonly Action[], post: string): QueueState {
  const state: QueueState = { held: false, skipped: false, delayMs: 0 };
  for (const a of log) {
    if (a.type !== 'queue' || a.post !== post) continue;
    if (a.op === 'hold') state.held = true;
    else if (a.op === 'skip') state.skipped = true;
    else if (a.op === 'delay') state.delayMs += a.byMs ?? 0;
  }
  return state;
}

/** Every phase's own posts, by post id: the posts a queue action may touch. */
export function scheduledPhaseOf(model: ScenarioModel, post: string): string | undefined {
  return model.phases.find((p) => p.posts.some((pp) => pp.post === post))?.id;
}

export interface QueuedPost extends QueueState {
  post: string;
  phase: string;
  /** In the current phase: the simulated time it falls due. */
  dueAt?: number;
  /** In a phase that may come next: how long after entering it. */
  afterMs?: number;
}

/**
 * What comes next: the current phase's posts not yet out (with when they fall
 * due), then those of the phases its transitions lead to (how long after
 * entering). Skipped posts stay listed, marked, so the facilitator sees them.
 */
export function upcomingPosts(
  model: ScenarioModel,
  log: readonly Action[],
  visits: readonly PhaseVisit[],
  appeared: ReadonlySet<string>,
): QueuedPost[] {
  const visit = visits.at(-1);
  const current = visit && model.phases.find((p) => p.id === visit.phase);
  if (!visit || !current) return [];
  const out: QueuedPost[] = [];
  const seen = new Set<string>();
  for (const pp of current.posts) {
    if (appeared.has(pp.post) || seen.has(pp.post)) continue;
    seen.add(pp.post);
    const state = queueStateOf(log, pp.post);
    out.push({ post: pp.post, phase: current.id, dueAt: visit.at + pp.atMs + state.delayMs, ...state });
  }
  out.sort((a, b) => a.dueAt! - b.dueAt!);
  const next = [...new Set(current.transitions.map((t) => t.to))];
  for (const id of next) {
    const phase = model.phases.find((p) => p.id === id);
    for (const pp of phase?.posts ?? []) {
      if (appeared.has(pp.post) || seen.has(pp.post)) continue;
      seen.add(pp.post);
      const state = queueStateOf(log, pp.post);
      out.push({ post: pp.post, phase: id, afterMs: pp.atMs + state.delayMs, ...state });
    }
  }
  return out;
}
