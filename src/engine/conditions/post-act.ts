// What deleted, hidden and followed_up share: the value is a post id, and
// the condition holds once the trainee has done that one thing to the post
// (a list in the facts). Each of the three says the rest in its own file.
import type { Language } from '../model.ts';
import type { Facts } from './facts.ts';
import { defineConditionKind, type ConditionKind, type Words } from './kind.ts';

export type PostActCond<K extends string> = { kind: K; post: string };

export function definePostActKind<K extends string>(spec: {
  key: K;
  about: Words;
  /** The posts the trainee has done it to. */
  done: (facts: Facts) => string[];
  describe: (post: string, lang: Language) => string;
  /** The explorer's move: its key prefix and its words. */
  atom: { key: string; label: (post: string) => Words };
}): ConditionKind<string, PostActCond<K>> {
  return defineConditionKind<string, PostActCond<K>>({
    key: spec.key,
    about: spec.about,
    schema: (kit) => kit.Id,
    compile: (post) => ({ kind: spec.key, post }),
    references: [{ at: [], to: 'posts' }],
    holds: (c, facts) => spec.done(facts).includes(c.post),
    describe: (c, lang) => spec.describe(c.post, lang),
    atom: (c) => ({ key: `${spec.atom.key}:${c.post}`, label: spec.atom.label(c.post), add: (f) => void spec.done(f).push(c.post) }),
    action: true,
  });
}
