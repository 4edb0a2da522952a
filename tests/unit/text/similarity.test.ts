import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyseText, similarity } from '../../../src/engine/text/index.ts';

const TEMPLATE = (name: string) =>
  `Hei ${name}, kiitos viestistäsi ja pahoittelemme tilannetta. Selvitämme asian ja palaamme asiaan mahdollisimman pian. t. Pyry`;

describe('similarity (copy-paste)', () => {
  it('the same template to two people is a near duplicate, names notwithstanding', () => {
    const a = analyseText(TEMPLATE('Maija'), { language: 'fi', customerName: 'Maija Virtanen' });
    const b = analyseText(TEMPLATE('Pekka'), { language: 'fi', customerName: 'Pekka Korhonen' });
    expect(similarity(a.tokens, b.tokens)).toBe(1);
  });

  it('the name placeholder is what lifts a short template over the threshold', () => {
    // Without the addressee known, the differing names cost two shingles each.
    const a = analyseText(TEMPLATE('Maija'), { language: 'fi' });
    const b = analyseText(TEMPLATE('Pekka'), { language: 'fi' });
    const raw = similarity(a.tokens, b.tokens);
    expect(raw).toBeGreaterThan(0.7);
    expect(raw).toBeLessThan(1);
  });

  it('individual replies are far apart', () => {
    const a = analyseText('Hei Maija, pyydämme anteeksi kylmää kahvia. Hyvitämme sen. t. Pyry', { language: 'fi' });
    const b = analyseText('Pekka, tilauksesi myöhästyi viikon, ja se on meidän virheemme. Lähetämme sen tänään. t. Pyry', {
      language: 'fi',
    });
    expect(similarity(a.tokens, b.tokens)).toBeLessThan(0.3);
  });

  it('empty texts are not similar; identical texts are', () => {
    expect(similarity([], [])).toBe(0);
    expect(similarity(['a'], [])).toBe(0);
    expect(similarity(['kiitos'], ['kiitos'])).toBe(1);
  });

  it('is symmetric and between 0 and 1', () => {
    const words = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 12 });
    fc.assert(
      fc.property(words, words, (a, b) => {
        const s = similarity(a, b);
        return s >= 0 && s <= 1 && s === similarity(b, a);
      }),
    );
  });
});
