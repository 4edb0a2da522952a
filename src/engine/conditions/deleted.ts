// `deleted: P`: the trainee deleted post P.
import { definePostActKind } from './post-act.ts';

export const deleted = definePostActKind({
  key: 'deleted',
  about: { en: 'The trainee deleted this post.', fi: 'Harjoittelija poisti tämän viestin.' },
  done: (facts) => facts.deleted,
  describe: (post, lang) => (lang === 'en' ? `${post} deleted` : `${post} poistettu`),
  atom: { key: 'deleted', label: (post) => ({ en: `delete ${post}`, fi: `poista ${post}` }) },
});
