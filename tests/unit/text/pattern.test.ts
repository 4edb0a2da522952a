import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compilePattern, findAll, mayMatch } from '../../../src/engine/text/pattern.ts';
import { foldCase, LITERAL_CHARS, requiredLiterals } from '../../../src/engine/text/required-literals.ts';
import { LEXICONS } from '../../../src/engine/text/analyse.ts';
import { loadCorpus } from '../../corpus/evaluate.ts';
import type { TextRange } from '../../../src/engine/text/types.ts';

const LANGS = ['fi', 'en'] as const;

/** Every pattern source of a lexicon. */
const sourcesOf = (lang: (typeof LANGS)[number]): string[] => {
  const lex = LEXICONS[lang];
  return [...Object.values(lex.markers).flat(), ...Object.values(lex.promises).flat()];
};
const SOURCES = LANGS.flatMap(sourcesOf);
const compiled = (sources: string[]) => sources.map((src) => ({ src, re: compilePattern(src) }));
const PATTERNS = compiled(SOURCES);

/** What the regular expression alone finds, with no literal filter in front of it. */
function unfiltered(re: RegExp, text: string): TextRange[] {
  return [...text.matchAll(re)].filter((m) => m[0].length > 0).map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** The patterns whose filtered matches in `text` differ from the expression's own. */
const differing = (text: string, patterns = PATTERNS): string[] =>
  patterns
    .filter(({ re }) => JSON.stringify(findAll(re, text)) !== JSON.stringify(unfiltered(re, text)))
    .map(({ src }) => `${src} in ${text}`);

describe('required literals', () => {
  it('every character a literal may hold matches, ignoring case, only what folds to it', () => {
    let all = '';
    for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) all += String.fromCodePoint(cp);
    for (const c of LITERAL_CHARS) {
      const matched = [...all.matchAll(new RegExp(c, 'giu'))].map((m) => m[0]);
      expect(matched.length).toBeGreaterThan(0);
      for (const x of matched) expect(foldCase(x), `${c} matches U+${x.codePointAt(0)!.toString(16)}`).toBe(c);
    }
  });

  it('reads stems, alternatives, optional parts and classes', () => {
    const req = (src: string) => requiredLiterals(compilePattern(src).source);
    expect(req('pahoittel@')).toEqual([['pahoittel']]);
    expect(req('pahoilla(ni|mme)')).toEqual([['pahoillani', 'pahoillamme']]);
    expect(req('apologi[sz]e@')).toEqual([['apologise', 'apologize']]);
    // Each part of a sequence is needed, the most telling first; one letter tells nothing.
    expect(req('(we|i) ~regret')).toEqual([['regret']]);
    expect(req('(we|us) ~regret')).toEqual([['regret'], ['we', 'us']]);
    expect(req('rahat takai?s')).toEqual([['rahat'], ['takas', 'takais']]);
    // An optional part, a look-around or a class needs nothing.
    expect(req('(meistä )?riippumatt@')).toEqual([['riippumatt']]);
    expect(req('\\p{L}+')).toEqual([]);
    expect(req('x?')).toEqual([]);
  });

  it('every pattern of both lexicons with a word in it has literals to filter by', () => {
    // Only a pattern of symbols alone (the eye-roll faces) runs on every reply: one short character class.
    const without = PATTERNS.filter((p) => requiredLiterals(p.re.source).length === 0).map((p) => p.src);
    expect(without.filter((src) => /\p{L}/u.test(src))).toEqual([]);
    expect(without.length).toBeLessThanOrEqual(2);
  });
});

describe('findAll with the literal filter', () => {
  it('finds exactly what the regular expression finds in every corpus reply', () => {
    for (const lang of LANGS) {
      const own = compiled(sourcesOf(lang));
      expect(loadCorpus(lang).flatMap((e) => differing(e.text, own))).toEqual([]);
    }
  });

  it('finds exactly what the regular expression finds in texts made of the lexicons’ own words, in any case', () => {
    const vocabulary = [...new Set(SOURCES.flatMap((s) => s.match(/[\p{L}\d]+/gu) ?? []))].filter((w) => !/^[pLNsd]$/.test(w));
    // Letters that match others only when case is ignored: the Kelvin sign, the long s, the ångström sign.
    const oddCase = (w: string) => w.replace(/k/g, '\u212a').replace(/s/g, 'ſ').replace(/å/g, '\u212b');
    const word = fc.tuple(
      fc.constantFrom(...vocabulary),
      fc.constantFrom('', 'mme', 'n', 'ni', 'ssa', 's', 'ed', 'ing'),
      fc.constantFrom(
        (w: string) => w,
        (w: string) => w.toUpperCase(),
        (w: string) => w[0].toUpperCase() + w.slice(1),
        oddCase,
      ),
    );
    const text = fc
      .array(fc.tuple(word, fc.constantFrom(' ', ' ', ', ', '. ', '\n', "'", '’', '-', ' 10 ', ' klo 14.30 ')), {
        minLength: 1,
        maxLength: 14,
      })
      .map((parts) => parts.map(([[w, end, cased], sep]) => cased(w + end) + sep).join(''));
    fc.assert(
      fc.property(text, (t) => differing(t).length === 0),
      { numRuns: 300 },
    );
  });

  it('skips the expression only when a needed literal is missing', () => {
    const re = compilePattern('pahoittel@');
    expect(mayMatch(re, 'Kiitos viestistä.')).toBe(false);
    expect(mayMatch(re, 'PAHOITTELEMME')).toBe(true);
    expect(findAll(re, 'Hei! PAHOITTELEMME.')).toEqual([{ start: 5, end: 18, text: 'PAHOITTELEMME' }]);
  });
});
