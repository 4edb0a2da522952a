// A post appears once in a drill; a second listing (in the same phase or
// another) is almost always a copy-paste slip.
import * as d from '../../diagnostics.ts';
import type { Diagnostic } from '../../diagnostics.ts';
import type { Rule } from '../context.ts';
import type { Ref } from '../view.ts';

export const postListedTwice: Rule = (ctx) => {
  const first = new Map<string, Ref>();
  const out: Diagnostic[] = [];
  for (const listed of ctx.view.phases.flatMap((p) => p.posts)) {
    const earlier = first.get(listed.id);
    if (!earlier) first.set(listed.id, listed);
    else out.push(d.post_listed_twice(ctx.src, ctx.at(listed.path), { post: listed.id, firstLine: ctx.line(earlier.path) }));
  }
  return out;
};
