// Every reference names something defined: personas and channels of posts,
// posts listed in phases and tested by conditions, transition targets, the
// initial phase, and named conditions.
import * as d from '../../diagnostics.ts';
import type { Diagnostic } from '../../diagnostics.ts';
import type { Rule } from '../context.ts';
import { closest } from '../did-you-mean.ts';
import { conditionRefs } from '../../../conditions/index.ts';
import type { Named, Ref } from '../view.ts';

type RefConstructor = typeof d.ref_unknown_post;

export const references: Rule = (ctx) => {
  const { view, raw } = ctx;
  const out: Diagnostic[] = [];
  // Against a section that is missing or not a list, every reference would
  // be "unknown"; the schema has already said what is wrong with it.
  const known = (section: string, items: readonly Named[]) => (Array.isArray(raw[section]) ? items.map((n) => n.id) : null);
  const personas = known('personas', view.personas);
  const channels = known('channels', view.channels);
  const posts = known('posts', view.posts);
  const phases = known('phases', view.phases);
  const conditions = view.conditions.map((c) => c.name);
  const check = (ref: Ref | undefined, ids: string[] | null, make: RefConstructor) => {
    if (!ref || !ids || ids.includes(ref.id)) return;
    out.push(make(ctx.src, ctx.at(ref.path), { name: ref.id, suggestion: closest(ref.id, ids), known: ids }));
  };
  const checkCondition = (value: unknown, path: Ref['path']) => {
    const found = { conditions: [] as Ref[], posts: [] as Ref[] };
    conditionRefs(value, path, found);
    found.conditions.forEach((r) => check(r, conditions, d.ref_unknown_condition));
    found.posts.forEach((r) => check(r, posts, d.ref_unknown_post));
  };

  for (const post of view.posts) {
    check(post.by, personas, d.ref_unknown_persona);
    check(post.on, channels, d.ref_unknown_channel);
    for (const reply of post.replies) check(reply.by, personas, d.ref_unknown_persona);
  }
  for (const condition of view.conditions) checkCondition(condition.value, condition.path);
  check(view.initial, phases, d.ref_unknown_phase);
  for (const phase of view.phases) {
    for (const listed of phase.posts) check(listed, posts, d.ref_unknown_post);
    for (const transition of phase.transitions) {
      check(transition.to, phases, d.ref_unknown_phase);
      if (transition.when !== undefined) checkCondition(transition.when, [...transition.path, 'when']);
    }
  }
  return out;
};
