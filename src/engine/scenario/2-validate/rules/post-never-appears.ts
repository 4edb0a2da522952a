// A post that no phase lists never reaches the feed; reserve posts are the
// exception, since a facilitator releases them by hand.
import * as d from '../../diagnostics.ts';
import { touched } from '../context.ts';
import type { Rule } from '../context.ts';

export const postNeverAppears: Rule = (ctx) => {
  if (touched(ctx, 'phases', ['posts'])) return [];
  const listed = new Set(ctx.view.phases.flatMap((p) => p.posts.map((r) => r.id)));
  return ctx.view.posts
    .filter((p) => !p.reserve && !listed.has(p.id))
    .map((p) => d.post_never_appears(ctx.src, ctx.at(p.path), { post: p.id }));
};
