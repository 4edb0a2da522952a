// Property: whatever the trainee types, every range the analyser reports
// slices exactly out of the original text, and an apology never coexists
// with a non-apology or negation over the same words.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyseText } from '../../../src/engine/text/index.ts';
import { overlaps } from '../../../src/engine/text/pattern.ts';

const PHRASES = [
  'Pyydämme anteeksi',
  'pahoittelemme, jos',
  'emme pyydä anteeksi',
  'mutta',
  'alihankkija',
  'väitteesi',
  'ei pidä paikkaansa',
  'oikea tieto',
  'takaamme',
  '100 %',
  'hyvitämme',
  'ymmärrämme',
  'soitamme huomenna',
  'Maijalle',
  't. Pyry',
  '😀',
  'Åsa',
  "I'm sorry",
  'sorry if',
  'we do not apologise',
  'but',
  'per our policy',
  "we'll call you tomorrow",
  '– Anna',
  'ÄÖ',
  '\n',
];

describe('ranges', () => {
  it('every range slices the original text, for any mix of phrases and noise', () => {
    const piece = fc.oneof(fc.constantFrom(...PHRASES), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 14 }),
        fc.constantFrom('fi', 'en'),
        fc.constantFrom(' ', '. ', ', ', ''),
        (parts, lang, sep) => {
          const text = parts.join(sep);
          const a = analyseText(text, { language: lang as 'fi' | 'en', customerName: 'Maija Virtanen' });
          for (const r of [...a.markers, ...a.promises]) {
            expect(r.start).toBeGreaterThanOrEqual(0);
            expect(r.end).toBeLessThanOrEqual(text.length);
            expect(r.end).toBeGreaterThan(r.start);
            expect(text.slice(r.start, r.end)).toBe(r.text);
          }
          const apologies = a.markers.filter((m) => m.kind === 'apology' || m.kind === 'weak_apology');
          const cancels = a.markers.filter((m) => m.kind === 'non_apology' || m.kind === 'negation');
          for (const ap of apologies) for (const c of cancels) expect(overlaps(ap, c)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
