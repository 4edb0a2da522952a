// `followed_up: P`: the trainee sent a follow-up (action type `follow_up`) on post P.
import { definePostActKind } from './post-act.ts';

export const followedUp = definePostActKind({
  key: 'followed_up',
  about: {
    en: 'The trainee followed up with the author of this post.',
    fi: 'Harjoittelija lähetti tämän viestin kirjoittajalle seurantaviestin.',
  },
  done: (facts) => facts.followedUp,
  describe: (post, lang) => (lang === 'en' ? `followed up on ${post}` : `seurantaviesti viestiin ${post}`),
  atom: { key: 'follow', label: (post) => ({ en: `follow up on ${post}`, fi: `seurantaviesti viestiin ${post}` }) },
});
