// Conduct, not consequence: to charge a mistake once, the score must know
// which posts and phases the trainee's own mistakes brought about. This
// rewrites a log into what a faultless trainee with the same intentions
// would have played — the first reply to each post public and within its
// target, no criticism deleted or hidden, each phase's escalation made as it
// began, each promise kept by a public follow-up before it fell due — and the session replays it in its `ideal` mode (every reply reads
// as good, every promise is kept). What the real run saw and this one did
// not is a consequence: shown in the scorecard, judged when the trainee
// answered it, never charged again when they did not.
import type { ScenarioModel } from '../model.ts';
import type { Action } from './actions.ts';

export interface PathFacts {
  /** When each post first appeared in the real run. */
  appearedAt: ReadonlyMap<string, number>;
  /** The real run's phase visits. */
  visits: readonly { phase: string; at: number }[];
  /** The real run's promises: those not kept get their follow-up in the faultless play. */
  promises?: readonly { post: string; madeAt: number; deadline: number; status: 'open' | 'kept' | 'broken'; openEnded?: true }[];
}

const FOLLOW_UP_LEAD_MS = 60_000;

export function idealLog(model: ScenarioModel, log: readonly Action[], path: PathFacts): Action[] {
  const posts = new Map(model.posts.map((p) => [p.id, p]));
  const callsFor = new Map(model.phases.map((p) => [p.id, p.callsFor]));
  const answered = new Set<string>();
  const out: { action: Action; order: number }[] = [];
  log.forEach((a, order) => {
    if ((a.type === 'delete' || a.type === 'hide') && posts.get(a.post)?.expectsReply !== false) return;
    if (a.type === 'reply' && !answered.has(a.post)) {
      answered.add(a.post);
      const post = posts.get(a.post);
      const appeared = path.appearedAt.get(a.post);
      const target = post ? model.scoring.speedTargetsMs[post.severity] : undefined;
      const at = appeared !== undefined && target !== undefined ? Math.max(appeared, Math.min(a.at, appeared + target)) : a.at;
      out.push({ action: { ...a, at, visibility: 'public' }, order });
      return;
    }
    out.push({ action: a, order });
  });
  // Each phase's escalation as it began, unless the log had reached it by then.
  for (const visit of path.visits) {
    const level = callsFor.get(visit.phase) ?? 0;
    if (level < 1) continue;
    const reached = log.some((a) => a.type === 'escalate' && a.level >= level && a.at <= visit.at);
    if (!reached) out.push({ action: { type: 'escalate', level: level as 1 | 2 | 3, note: '', at: visit.at }, order: -1 });
  }
  for (const p of path.promises ?? []) {
    if (p.status === 'kept' || p.openEnded) continue;
    const at = Math.max(p.madeAt, p.deadline - FOLLOW_UP_LEAD_MS);
    out.push({
      action: {
        type: 'follow_up',
        post: p.post,
        at,
        visibility: 'public',
        text: model.language === 'fi' ? 'Lupasin palata asiaan, ja tässä tilanne.' : 'As promised, here is where things stand.',
      },
      order: Number.MAX_SAFE_INTEGER,
    });
  }
  return out.sort((x, y) => x.action.at - y.action.at || x.order - y.order).map((x) => x.action);
}
