// The coached mode's cue: when the crisis has grown past the escalation
// level the trainee has reached — the current phase calls for more — and a
// few simulated minutes have passed for the trainee to notice it alone,
// the drill names the signals a duty officer would see (shares, a
// journalist asking, a critical post) and the level they call for. In the
// exam mode the screen shows the same signals in the feed but no cue.
// Pure: a function of the session at its current time.
import type { Session } from './session.ts';
import type { EscalationCue, EscalationSignal } from './types.ts';

/** The trainee's own window to notice: well inside the 15 minutes the escalation score gives in full. */
export const CUE_AFTER_MS = 5 * 60_000;

export function escalationCue(session: Session, reached: number, shares: number): EscalationCue | null {
  const now = session.now();
  const visit = session.phaseHistory.at(-1);
  const phase = visit && session.model.phases.find((p) => p.id === visit.phase);
  if (!visit || !phase || phase.ending || session.ended || phase.callsFor <= reached || now - visit.at < CUE_AFTER_MS) return null;
  const signals: EscalationSignal[] = [];
  if (shares > 0) signals.push({ kind: 'shares', count: Math.round(shares) });
  const temperament = new Map(session.model.personas.map((p) => [p.id, p.temperament]));
  const press = new Set(session.model.channels.filter((c) => c.kind === 'press').map((c) => c.id));
  const seen = [...session.appeared].reverse().map((a) => session.posts.get(a.post)?.post);
  const journalist = seen.find((p) => p && (temperament.get(p.by) === 'journalist' || press.has(p.on)));
  if (journalist) signals.push({ kind: 'journalist', post: journalist.id, persona: journalist.by });
  const critical = seen.find((p) => p && p.severity === 'critical' && p !== journalist);
  if (critical) signals.push({ kind: 'critical', post: critical.id, persona: critical.by });
  return { calledFor: phase.callsFor, reached, since: visit.at, signals };
}
