// "Something specific": does a reply refer to what the post said? Keyword
// gaming ("pahoittelemme" sprinkled on everything) is caught by requiring
// the apology to come with a name, an action or a reference like this one.
// Finnish inflects, so words are compared by their first five letters;
// English by the word minus a plural or verb ending.
import type { Language } from '../model.ts';
import type { TextRange } from './types.ts';
import { overlaps } from './pattern.ts';
import { tokenise } from './tokenise.ts';

const STOP: Record<Language, ReadonlySet<string>> = {
  fi: new Set(
    'kiitos kiitokset meidän teidän sinun heidän minun tämän tämä tuota joten koska vaikka kanssa ettei jotta mutta kuitenkin olemme olette olivat olisi ollut asiaa asian asiasta asiaan yritys yrityksen tilanne tilanteen todella erittäin paljon vielä kaikki kaikkia kaikille voisitteko voitteko voisitko pitäisi miksi milloin missä kuinka'
      .split(' ')
      .map((w) => w.slice(0, 5)),
  ),
  en: new Set(
    'the and you your yours our ours this that these those with have has had was were are for from not but they them their there here what when where which who why how would could should thank thanks please sorry about just very really will can all any some been being into over than then also only again still'.split(
      ' ',
    ),
  ),
};

function key(word: string, language: Language): string | null {
  if (/^\d+$/.test(word)) return word;
  if (language === 'fi') return word.length >= 5 ? word.slice(0, 5) : null;
  if (word.length < 3) return null;
  return word.replace(/(ies|es|s|ed|ing)$/, '') || word;
}

/**
 * Words of `reply` that share a stem with a content word of `postText`,
 * ignoring words inside `ignore` (apology formulas, the name, the signature).
 */
export function sharedWords(reply: string, postText: string, language: Language, ignore: readonly TextRange[] = []): TextRange[] {
  const stop = STOP[language];
  const postKeys = keysOf(postText, language);
  return tokenise(reply)
    .filter((t) => {
      const k = key(t.word, language);
      return k !== null && !stop.has(k) && !stop.has(t.word) && postKeys.has(k) && !ignore.some((r) => overlaps(r, t));
    })
    .map((t) => ({ start: t.start, end: t.end, text: reply.slice(t.start, t.end) }));
}

// A drill answers the same few posts again and again: each post's words are keyed once.
const postKeysCache = new Map<string, ReadonlySet<string>>();

function keysOf(postText: string, language: Language): ReadonlySet<string> {
  const cacheKey = `${language}\u0000${postText}`;
  let keys = postKeysCache.get(cacheKey);
  if (!keys) {
    const stop = STOP[language];
    keys = new Set(
      tokenise(postText)
        .filter((t) => !stop.has(t.word))
        .map((t) => key(t.word, language))
        .filter((k): k is string => k !== null && !stop.has(k)),
    );
    if (postKeysCache.size >= 1000) postKeysCache.clear(); // posts come from scenarios: a few hundred at most
    postKeysCache.set(cacheKey, keys);
  }
  return keys;
}
