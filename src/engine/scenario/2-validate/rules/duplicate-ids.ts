// Ids are unique within their kind; thread reply ids across the whole
// scenario, since the run-time log names replies by id alone.
import * as d from '../../diagnostics.ts';
import type { Diagnostic } from '../../diagnostics.ts';
import type { IdKind } from '../../diagnostic-params.ts';
import type { Rule } from '../context.ts';
import type { Named } from '../view.ts';

export const duplicateIds: Rule = (ctx) => {
  const { view } = ctx;
  const out: Diagnostic[] = [];
  const check = (kind: IdKind, items: readonly Named[]) => {
    const first = new Map<string, Named>();
    for (const item of items) {
      const earlier = first.get(item.id);
      if (!earlier) first.set(item.id, item);
      else out.push(d.duplicate_id(ctx.src, ctx.at(item.path), { kind, id: item.id, firstLine: ctx.line(earlier.path) }));
    }
  };
  check('channel', view.channels);
  check('persona', view.personas);
  check('post', view.posts);
  check('phase', view.phases);
  check(
    'reply',
    view.posts.flatMap((p) => p.replies.flatMap((r) => r.id ?? [])),
  );
  return out;
};
