// A drill that cannot be won teaches nothing: some phase must be `ending: good`.
import * as d from '../../diagnostics.ts';
import { touched } from '../context.ts';
import type { Rule } from '../context.ts';

export const endingNoneGood: Rule = (ctx) => {
  const { phases } = ctx.view;
  if (touched(ctx, 'phases', ['ending']) || phases.length === 0 || phases.some((p) => p.ending === 'good')) return [];
  return [d.ending_none_good(ctx.src, ctx.keyAt(['phases']))];
};
