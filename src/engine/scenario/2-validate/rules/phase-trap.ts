// A loop of phases with no way out and no ending in it: the trainee would
// circle there until the clock runs out. In graph terms, a strongly
// connected component that is entered, has no edge leaving it, and holds a
// real cycle (a single phase without transitions is a dead end instead).
import * as d from '../../diagnostics.ts';
import type { Rule } from '../context.ts';
import { components, phaseGraph } from '../graph.ts';

export const phaseTrap: Rule = (ctx) => {
  const graph = phaseGraph(ctx);
  if (!graph) return [];
  const order = graph.phases.map((p) => p.id);
  return components(order, graph.edges).flatMap((component) => {
    const members = new Set(component);
    const targets = component.flatMap((id) => graph.edges.get(id) ?? []);
    const cycle = component.length > 1 || targets.includes(component[0]);
    const closed = targets.every((t) => members.has(t));
    const ending = component.some((id) => graph.byId.get(id)!.ending !== undefined);
    if (!cycle || !closed || ending || !graph.reachable.has(component[0])) return [];
    const phases = order.filter((id) => members.has(id)); // in the order of the file
    return [d.phase_trap(ctx.src, ctx.at(graph.byId.get(phases[0])!.path), { phases })];
  });
};
