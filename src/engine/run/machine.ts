// ScenarioModel → XState machine. Every guard, delay and target is named and
// checked here against the model, so XState never sees a name we have not
// already verified (its own errors carry no YAML position). Phases are the
// machine's states; trainee actions reach it only as FACTS events, and
// conditions are eventless (`always`) transitions over those facts, so a
// condition that already holds when its phase is entered fires at once.
import { assign, setup } from 'xstate';
import type { ScenarioModel } from '../model.ts';
import { emptyFacts, holds, type Facts } from '../conditions/index.ts';

/** FACTS: what the trainee has done so far; FORCE: the facilitator moves the crisis to a phase. */
export type MachineEvent = { type: 'FACTS'; facts: Facts } | { type: 'FORCE'; phase: string };
export interface MachineContext {
  facts: Facts;
}

export const guardName = (phase: string, index: number) => `${phase}#${index}`;

/** Thrown only on a model that skipped validation: a programming error, not a trainer's. */
export class ModelError extends Error {}

/**
 * Two phases whose conditions send the crisis back and forth on the same
 * facts would spin XState's eventless transitions forever. A bounded number
 * of condition moves per set of facts breaks such a loop: the drill stays
 * where it is instead of hanging.
 */
export const MAX_CONDITION_MOVES = 64;

interface LoopGuard {
  allow(current: Facts): boolean;
}

/** Counts condition moves since the facts last changed (one machine, one walk: the explorer's). */
function loopGuard(): LoopGuard {
  let facts: Facts | null = null;
  let moves = 0;
  return {
    allow(current: Facts): boolean {
      if (current !== facts) {
        facts = current;
        moves = 0;
      }
      return ++moves <= MAX_CONDITION_MOVES;
    },
  };
}

/**
 * Counts condition moves per set of facts, so that one machine can serve
 * every drill of a model: a session hands the machine a new facts object at
 * each change and never an old one again, so this counts exactly as
 * loopGuard does for that session.
 */
function perFactsGuard(): LoopGuard {
  const moves = new WeakMap<Facts, number>();
  return {
    allow(current: Facts): boolean {
      const n = (moves.get(current) ?? 0) + 1;
      moves.set(current, n);
      return n <= MAX_CONDITION_MOVES;
    },
  };
}

/**
 * `forSessions`: the machine every drill of the model shares (sessionMachine):
 * loops are counted per set of facts and each actor starts from its own.
 */
export function buildMachine(model: ScenarioModel, forSessions = false) {
  const loop = forSessions ? perFactsGuard() : loopGuard();
  const phaseIds = new Set(model.phases.map((p) => p.id));
  if (!phaseIds.has(model.initial)) throw new ModelError(`initial phase ${model.initial} is unknown`);

  const guards: Record<string, (args: { context: MachineContext; event: MachineEvent }) => boolean> = {};
  const delays: Record<string, number> = {};
  const states: Record<string, object> = {};

  for (const phase of model.phases) {
    const always: object[] = [];
    const after: Record<string, object[]> = {};
    phase.transitions.forEach((t, i) => {
      if (!phaseIds.has(t.to)) throw new ModelError(`phase ${phase.id} goes to unknown phase ${t.to}`);
      const name = guardName(phase.id, i);
      const transition: Record<string, unknown> = { target: t.to, reenter: true };
      if (t.when) {
        const cond = t.when;
        const eventless = t.afterMs === undefined;
        guards[name] = ({ context }) => holds(cond, context.facts) && (!eventless || loop.allow(context.facts));
        transition.guard = name;
      }
      if (t.afterMs !== undefined) {
        delays[name] = t.afterMs;
        (after[name] ??= []).push(transition);
      } else if (t.when) {
        always.push(transition);
      }
    });
    states[phase.id] = phase.ending ? { type: 'final' } : { ...(always.length && { always }), ...(Object.keys(after).length && { after }) };
  }

  // A forced phase: one root transition per phase, entered anew like any move.
  const force = model.phases.map((p) => {
    const name = `force#${p.id}`;
    guards[name] = ({ event }) => event.type === 'FORCE' && event.phase === p.id;
    return { target: `.${p.id}`, guard: name, reenter: true };
  });

  return setup({
    types: {} as { context: MachineContext; events: MachineEvent },
    guards,
    delays,
    actions: {
      storeFacts: assign({ facts: ({ event, context }) => (event.type === 'FACTS' ? event.facts : context.facts) }),
    },
  }).createMachine({
    id: model.id,
    initial: model.initial,
    context: forSessions ? () => ({ facts: emptyFacts() }) : { facts: emptyFacts() },
    on: { FACTS: { actions: 'storeFacts' }, FORCE: force },
    // The per-phase objects are built from checked names above; XState's
    // config types cannot follow names computed at run time.
    states: states as never,
  });
}

export type ScenarioMachine = ReturnType<typeof buildMachine>;

// The machine is a function of the model's phases; building it is a good
// part of starting a drill, and balance or explore start thousands. A model
// is data that a test or the studio may change in place, so the machine is
// reused only while every phase and transition is the very object it was
// built from.
const shared = new WeakMap<ScenarioModel, { machine: ScenarioMachine; built: unknown[] }>();

function shapeOf(model: ScenarioModel): unknown[] {
  const out: unknown[] = [model.initial, model.id, model.phases];
  for (const p of model.phases) {
    out.push(p, p.id, p.ending, p.transitions);
    for (const t of p.transitions) out.push(t, t.to, t.when, t.afterMs);
  }
  return out;
}

const sameShape = (a: unknown[], b: unknown[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** The model's machine, built once and shared by its drills (sessions only: see perFactsGuard). */
export function sessionMachine(model: ScenarioModel): ScenarioMachine {
  const built = shapeOf(model);
  const cached = shared.get(model);
  if (cached && sameShape(cached.built, built)) return cached.machine;
  const machine = buildMachine(model, true);
  shared.set(model, { machine, built });
  return machine;
}
