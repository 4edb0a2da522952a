import { describe, expect, it } from 'vitest';
import { sentences, tokenise } from '../../../src/engine/text/index.ts';

describe('tokenise', () => {
  it('lowercases, keeps å ä ö and exact offsets', () => {
    const text = 'Hyvä Åsa, PYYDÄMME anteeksi! Öljy-vuoto.';
    const toks = tokenise(text);
    expect(toks.map((t) => t.word)).toEqual(['hyvä', 'åsa', 'pyydämme', 'anteeksi', 'öljy-vuoto']);
    for (const t of toks) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.word);
  });

  it('keeps apostrophes inside words and folds curly ones', () => {
    expect(tokenise("We’ll call, we'll see").map((t) => t.word)).toEqual(["we'll", 'call', "we'll", 'see']);
  });

  it('counts UTF-16 offsets past emoji', () => {
    const text = '😀 Maija';
    const [t] = tokenise(text);
    expect(text.slice(t.start, t.end)).toBe('Maija');
    expect(t.start).toBe(3);
  });

  it('splits sentences on . ! ? and line breaks, not on decimals', () => {
    const text = 'Klo 14.30 soitamme. Kiitos!\nt. Pyry';
    expect(sentences(text).map((s) => text.slice(s.start, s.end).trim())).toEqual(['Klo 14.30 soitamme.', 'Kiitos!', 't.', 'Pyry']);
  });
});
