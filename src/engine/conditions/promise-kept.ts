// `promise_kept: true` or `promise_kept: P`: a promise the trainee made (in a
// reply to post P) was kept by a follow-up before its deadline.
import { definePromiseKind } from './promise.ts';

export const promiseKept = definePromiseKind({
  key: 'promise_kept',
  status: 'kept',
  about: {
    en: 'A promise made in reply to this post (or `true`: any promise) was kept by a follow-up before its deadline.',
    fi: 'Tähän viestiin vastattaessa annettu lupaus (tai `true`: mikä tahansa lupaus) pidettiin seurantaviestillä ennen määräaikaa.',
  },
  describe: (post, lang) =>
    lang === 'en'
      ? post
        ? `promise to ${post} kept`
        : 'a promise kept'
      : post
        ? `viestiin ${post} annettu lupaus pidetty`
        : 'lupaus pidetty',
});
