// What promise_broken and promise_kept share: the value is `true` (any
// promise) or a post id (a promise made in a reply to it), the condition
// holds when such a promise has that status, and the explorer's move
// settles one that way. Each of the two kinds says the rest in its own file.
import { defineConditionKind, type ConditionKind, type Words } from './kind.ts';
import type { Language } from '../model.ts';

export type PromiseCond<K extends string> = { kind: K; post?: string };

export function definePromiseKind<K extends string>(spec: {
  key: K;
  status: 'kept' | 'broken';
  about: Words;
  describe: (post: string | undefined, lang: Language) => string;
}): ConditionKind<boolean | string, PromiseCond<K>> {
  const { key, status } = spec;
  return defineConditionKind<boolean | string, PromiseCond<K>>({
    key,
    about: spec.about,
    schema: ({ z, Id }) => z.union([z.boolean(), Id]),
    compile: (value) => (typeof value === 'string' ? { kind: key, post: value } : { kind: key }),
    references: [{ at: [], to: 'posts' }],
    holds: (c, facts) => facts.promises.some((p) => p.status === status && (c.post === undefined || p.post === c.post)),
    describe: (c, lang) => spec.describe(c.post, lang),
    atom: (c) => {
      const on = c.post ?? '*';
      const fiStatus = status === 'kept' ? 'pidetty' : 'rikottu';
      const label = {
        en: `promise to ${on} ${status}`,
        fi: on === '*' ? `jokin lupaus ${fiStatus}` : `viestiin ${on} annettu lupaus ${fiStatus}`,
      };
      return { key: `promise:${on}:${status}`, label, add: (f) => void f.promises.push({ post: on, status }) };
    },
    // Time settles a promise, not one move of the trainee's.
    action: false,
  });
}
