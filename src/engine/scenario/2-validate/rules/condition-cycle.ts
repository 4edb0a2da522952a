// Named conditions may use each other, but not in a circle: the compiler
// would chase the names forever.
import * as d from '../../diagnostics.ts';
import type { Rule } from '../context.ts';
import { components, cycleThrough } from '../graph.ts';
import { conditionRefs } from '../../../conditions/index.ts';
import type { Ref } from '../view.ts';

export const conditionCycle: Rule = (ctx) => {
  const names = ctx.view.conditions.map((c) => c.name);
  const defined = new Set(names);
  const edges = new Map<string, string[]>();
  for (const condition of ctx.view.conditions) {
    const found = { conditions: [] as Ref[], posts: [] as Ref[] };
    conditionRefs(condition.value, condition.path, found);
    edges.set(
      condition.name,
      found.conditions.map((r) => r.id).filter((n) => defined.has(n)),
    );
  }
  return components(names, edges)
    .filter((c) => c.length > 1 || edges.get(c[0])!.includes(c[0]))
    .map((component) => {
      const first = names.find((n) => component.includes(n))!; // the first in the file
      const cycle = cycleThrough(first, new Set(component), edges);
      return d.condition_cycle(ctx.src, ctx.keyAt(['conditions', first]), { cycle });
    });
};
