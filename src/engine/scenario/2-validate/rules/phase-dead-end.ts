// A phase that is not an ending must lead somewhere, or the drill stalls.
import * as d from '../../diagnostics.ts';
import { touched } from '../context.ts';
import type { Rule } from '../context.ts';

export const phaseDeadEnd: Rule = (ctx) => {
  return (
    ctx.view.phases
      // With a misspelt `transitions:` or `ending:`, that is the real problem.
      .filter((p) => p.ending === undefined && p.transitions.length === 0 && !touched(ctx, 'phases', ['transitions', 'ending'], p.index))
      .map((p) => d.phase_dead_end(ctx.src, ctx.at(p.path), { phase: p.id }))
  );
};
