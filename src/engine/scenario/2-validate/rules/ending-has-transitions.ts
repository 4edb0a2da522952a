// The drill stops in an ending phase, so transitions there are dead text.
import * as d from '../../diagnostics.ts';
import type { Rule } from '../context.ts';

export const endingHasTransitions: Rule = (ctx) =>
  ctx.view.phases
    .filter((p) => p.ending !== undefined && p.transitions.length > 0)
    .map((p) => d.ending_has_transitions(ctx.src, ctx.keyAt([...p.path.slice(0, -1), 'transitions']), { phase: p.id }));
