// Names how the machine entered a phase — 'timer', a condition's name or
// description — from XState's microstep inspection event, so the phase
// history and the debrief can say why the crisis moved. Always in English:
// it is stored in results, which are data; a screen that wants to show why
// in the UI language describes the transition's condition again
// (describeCond(cond, lang)) rather than translating this text.
import type { ScenarioModel } from '../model.ts';
import { describeCond } from '../conditions/index.ts';

interface MicrostepLike {
  _transitions?: { eventType?: string; guard?: unknown }[];
}

export function phaseVia(ev: unknown, model: ScenarioModel): string {
  const t = (ev as MicrostepLike)._transitions?.[0];
  if (!t) return 'start';
  if (t.eventType === 'FORCE') return 'facilitator';
  const guard = typeof t.guard === 'string' ? t.guard : (t.guard as { type?: string } | undefined)?.type;
  const timer = t.eventType?.startsWith('xstate.after') ?? false;
  if (!guard) return timer ? 'timer' : 'start';
  const [phaseId, index] = guard.split('#');
  const when = model.phases.find((p) => p.id === phaseId)?.transitions[Number(index)]?.when;
  const cond = when ? describeCond(when) : guard;
  return timer ? `timer (${cond})` : cond;
}
