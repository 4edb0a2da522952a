// `promise_broken: true` or `promise_broken: P`: a promise the trainee made
// (in a reply to post P) passed its deadline unkept.
import { definePromiseKind } from './promise.ts';

export const promiseBroken = definePromiseKind({
  key: 'promise_broken',
  status: 'broken',
  about: {
    en: 'A promise made in reply to this post (or `true`: any promise) passed its deadline unkept.',
    fi: 'Tähän viestiin vastattaessa annettu lupaus (tai `true`: mikä tahansa lupaus) jäi pitämättä määräaikaan mennessä.',
  },
  describe: (post, lang) =>
    lang === 'en'
      ? post
        ? `promise to ${post} broken`
        : 'a promise broken'
      : post
        ? `viestiin ${post} annettu lupaus rikottu`
        : 'lupaus rikottu',
});
