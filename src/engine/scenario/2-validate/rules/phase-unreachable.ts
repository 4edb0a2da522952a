// Every phase can be reached from the first one by some chain of
// transitions; otherwise the trainer wrote content no trainee will see.
import * as d from '../../diagnostics.ts';
import type { Rule } from '../context.ts';
import { phaseGraph } from '../graph.ts';

export const phaseUnreachable: Rule = (ctx) => {
  const graph = phaseGraph(ctx);
  if (!graph) return [];
  return graph.phases
    .filter((p) => !graph.reachable.has(p.id))
    .map((p) => d.phase_unreachable(ctx.src, ctx.at(p.path), { phase: p.id, initial: graph.initial }));
};
