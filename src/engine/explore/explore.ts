// Explores a scenario's machine with xstate/graph: which phases and endings
// can be reached and by what shortest sequence of moves, which phases are
// dead ends, and where doing nothing leads (a real session with an empty
// log, timers only).
import { getShortestPaths } from 'xstate/graph';
import type { Language, ScenarioModel } from '../model.ts';
import { buildMachine } from '../run/machine.ts';
import { type Facts } from '../conditions/index.ts';
import { Session } from '../run/session.ts';
import { phaseAtoms, type Atom } from './atoms.ts';
import type { MachineEvent } from '../run/machine.ts';

/** One move of a shortest path, as data: an abstract trainee action (an atom key) or a phase's timer. */
export type PathStep =
  | { kind: 'atom'; key: string; label: Record<Language, string> }
  | { kind: 'timer'; phase: string; index: number; label: Record<Language, string> };

export interface ExploreOptions {
  /** Leave these moves out (e.g. every escalation), to ask what is reachable without them. */
  skipAtom?: (key: string) => boolean;
}

export interface ExploreReport {
  scenario: string;
  /** `shortestPath`: the steps' English words (what the CLI prints); the studio words `steps` in its own language. */
  phases: { id: string; name: string; ending?: string; reachable: boolean; shortestPath: string[] | null; steps: PathStep[] | null }[];
  endings: { phase: string; kind: string; reachable: boolean }[];
  deadEnds: string[];
  goodEndingReachable: boolean;
  doNothing: { ending: string | null; kind: string | null; endedAt: number; reason: string; phases: string[] };
  postsNeverAppearing: string[];
  truncated: boolean;
}

type Step = MachineEvent | { type: string; atomKey?: string };
const LIMIT = 20_000;

export function explore(model: ScenarioModel, options: ExploreOptions = {}): ExploreReport {
  const machine = buildMachine(model);
  const atomsByPhase = new Map<string, Atom[]>(model.phases.map((p) => [p.id, phaseAtoms(p)]));
  const atomIndex = new Map<string, Atom>();
  for (const list of atomsByPhase.values()) for (const a of list) atomIndex.set(a.key, a);
  const factKeys = new WeakMap<Facts, string[]>();

  const keysOf = (facts: Facts) => factKeys.get(facts) ?? [];
  const events = (snapshot: { value: unknown; context: { facts: Facts } }): Step[] => {
    const phaseId = String(snapshot.value);
    const phase = model.phases.find((p) => p.id === phaseId);
    if (!phase || phase.ending) return [];
    const have = new Set(keysOf(snapshot.context.facts));
    const out: Step[] = [];
    for (const atom of atomsByPhase.get(phaseId) ?? []) {
      if (have.has(atom.key) || options.skipAtom?.(atom.key)) continue;
      // A deleted post can no longer be answered, as in a real drill.
      if (atom.post && snapshot.context.facts.deleted.includes(atom.post)) continue;
      const facts = structuredClone(snapshot.context.facts);
      atom.add(facts);
      factKeys.set(facts, [...have, atom.key].sort());
      out.push({ type: 'FACTS', facts, atomKey: atom.key });
    }
    phase.transitions.forEach((t, i) => {
      if (t.afterMs !== undefined) out.push({ type: `xstate.after.${phase.id}#${i}.${model.id}.${phase.id}` });
    });
    return out;
  };

  let truncated = false;
  let count = 0;
  const paths = getShortestPaths(machine, {
    events: events as never,
    limit: LIMIT,
    serializeState: (s) => {
      if (++count >= LIMIT) truncated = true;
      const snap = s as unknown as { value: unknown; context: { facts: Facts } };
      return `${String(snap.value)}|${keysOf(snap.context.facts).join(',')}`;
    },
    serializeEvent: (e) => ((e as { atomKey?: string }).atomKey ?? e.type) as never,
  });

  const best = new Map<string, PathStep[]>();
  for (const path of paths) {
    const phase = String((path.state as { value: unknown }).value);
    const steps = path.steps
      .map((s) => s.event as Step)
      .filter((e) => e.type !== 'xstate.init')
      .map((e) => pathStep(e, atomIndex));
    const prev = best.get(phase);
    if (!prev || steps.length < prev.length) best.set(phase, steps);
  }

  const nothing = new Session(model, 1);
  nothing.advanceTo(model.durationMs);
  const endPhase = model.phases.find((p) => p.id === nothing.ended?.phase);
  const appearing = new Set(model.phases.flatMap((p) => p.posts.map((pp) => pp.post)));

  return {
    scenario: model.id,
    phases: model.phases.map((p) => ({
      id: p.id,
      name: p.name,
      ...(p.ending && { ending: p.ending }),
      reachable: best.has(p.id),
      shortestPath: best.get(p.id)?.map((s) => s.label.en) ?? null,
      steps: best.get(p.id) ?? null,
    })),
    endings: model.phases.filter((p) => p.ending).map((p) => ({ phase: p.id, kind: p.ending!, reachable: best.has(p.id) })),
    deadEnds: model.phases.filter((p) => !p.ending && p.transitions.length === 0).map((p) => p.id),
    goodEndingReachable: model.phases.some((p) => p.ending === 'good' && best.has(p.id)),
    doNothing: {
      ending: endPhase?.ending ? endPhase.id : null,
      kind: endPhase?.ending ?? null,
      endedAt: nothing.ended?.at ?? nothing.now(),
      reason: nothing.ended?.reason ?? 'open',
      phases: nothing.phaseHistory.map((v) => v.phase),
    },
    postsNeverAppearing: model.posts.filter((p) => !p.reserve && !appearing.has(p.id)).map((p) => p.id),
    truncated,
  };
}

function pathStep(e: Step, atoms: Map<string, Atom>): PathStep {
  const key = (e as { atomKey?: string }).atomKey;
  if (key) return { kind: 'atom', key, label: atoms.get(key)?.label ?? { en: key, fi: key } };
  const m = /^xstate\.after\.([^#]+)#(\d+)\./.exec(e.type);
  if (!m) return { kind: 'atom', key: e.type, label: { en: e.type, fi: e.type } };
  return {
    kind: 'timer',
    phase: m[1],
    index: Number(m[2]),
    label: { en: `wait (timer of ${m[1]})`, fi: `odota (vaiheen ${m[1]} ajastin)` },
  };
}
