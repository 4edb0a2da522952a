// The coached mode's escalation cue: none while the level reached is enough,
// none in the trainee's own first minutes of a phase that calls for more,
// then the level called for with the signals (shares, a journalist, a
// critical post); gone once the trainee escalates that far.
import { describe, expect, it } from 'vitest';
import { CUE_AFTER_MS, Session, sessionView } from '../../../src/engine/play.ts';
import { modelOf } from '../../helpers/load.ts';

const model = modelOf('scenarios/shop-video.en.yaml');
const MINUTE = 60_000;

/** A silent trainee's session, advanced minute by minute until the phase calls for more than level 0. */
function untilCalledFor(): { session: Session; entered: number } {
  const session = new Session(model, 1);
  for (let t = 0; t <= model.durationMs; t += MINUTE) {
    session.advanceTo(t);
    const visit = session.phaseHistory.at(-1)!;
    if ((model.phases.find((p) => p.id === visit.phase)?.callsFor ?? 0) > 0) return { session, entered: visit.at };
  }
  throw new Error('no phase calls for escalation');
}

describe('the escalation cue', () => {
  it('waits for the trainee, then names the level and the signals, and goes once escalated', () => {
    const { session, entered } = untilCalledFor();
    expect(sessionView(session).escalationCue).toBeNull();
    session.advanceTo(entered + CUE_AFTER_MS - MINUTE);
    expect(sessionView(session).escalationCue).toBeNull();
    session.advanceTo(entered + CUE_AFTER_MS);
    const cue = sessionView(session).escalationCue!;
    const phase = model.phases.find((p) => p.id === session.phase())!;
    expect(cue).toMatchObject({ calledFor: phase.callsFor, reached: 0, since: entered });
    expect(cue.signals.find((s) => s.kind === 'shares')).toMatchObject({ count: expect.any(Number) });
    // Escalating below the level called for keeps the cue; reaching it ends it.
    const at = session.now();
    if (phase.callsFor > 1) {
      expect(session.apply({ type: 'escalate', level: 1, note: '', at }).ok).toBe(true);
      expect(sessionView(session).escalationCue).toMatchObject({ reached: 1 });
    }
    expect(session.apply({ type: 'escalate', level: phase.callsFor as 1 | 2 | 3, note: '', at }).ok).toBe(true);
    expect(sessionView(session).escalationCue).toBeNull();
  });

  it('names a journalist once the press asks, and never cues after the drill has ended', () => {
    const session = new Session(model, 1);
    const journalists = new Set(model.personas.filter((p) => p.temperament === 'journalist').map((p) => p.id));
    let named = false;
    for (let t = 0; t <= model.durationMs && !session.ended; t += MINUTE) {
      session.advanceTo(t);
      const cue = sessionView(session).escalationCue;
      const press = cue?.signals.find((s) => s.kind === 'journalist');
      if (press && 'persona' in press) {
        expect(journalists.has(press.persona) || model.channels.some((c) => c.kind === 'press')).toBe(true);
        named = true;
      }
    }
    expect(named).toBe(true);
    session.apply({ type: 'end', at: session.now() });
    expect(sessionView(session).escalationCue).toBeNull();
  });
});
