// `hidden: P`: the trainee hid post P.
import { definePostActKind } from './post-act.ts';

export const hidden = definePostActKind({
  key: 'hidden',
  about: { en: 'The trainee hid this post.', fi: 'Harjoittelija piilotti tämän viestin.' },
  done: (facts) => facts.hidden,
  describe: (post, lang) => (lang === 'en' ? `${post} hidden` : `${post} piilotettu`),
  atom: { key: 'hidden', label: (post) => ({ en: `hide ${post}`, fi: `piilota ${post}` }) },
});
