import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.ts';
import { resolveDue } from '../../../src/engine/text/deadlines.ts';
import { DEFAULT_STARTS_AT } from '../../../src/engine/model.ts';
import type { PromiseMatch } from '../../../src/engine/text/types.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

// How long after a text sent at the default start (Tuesday 10:00) its deadline falls: "today" is 17:00 (7 h), "tomorrow" Wednesday 17:00.
const T0 = DEFAULT_STARTS_AT;
const dueIn = (p: PromiseMatch): number | undefined => (p.due ? resolveDue(p.due, T0) - T0 : undefined);
const TODAY = 7 * HOUR;
const TOMORROW = DAY + 7 * HOUR;

// [text, promise text, time until due (undefined = no time named)]
const FI: [string, string, number | undefined][] = [
  ['Soitamme sinulle kahden arkipäivän kuluessa.', 'Soitamme sinulle kahden arkipäivän kuluessa', 2 * DAY],
  ['Soitan huomenna.', 'Soitan huomenna', TOMORROW],
  ['Palaamme asiaan tänään.', 'Palaamme asiaan tänään', TODAY],
  ['Otamme yhteyttä tunnin sisällä.', 'Otamme yhteyttä tunnin sisällä', HOUR],
  ['Otamme sinuun heti yhteyttä.', 'Otamme sinuun heti yhteyttä', 30 * MIN],
  ['Selvitämme asian 30 minuutin sisällä.', 'Selvitämme asian 30 minuutin sisällä', 30 * MIN],
  ['Lähetämme korvaavan tuotteen kolmen päivän kuluessa.', 'Lähetämme korvaavan tuotteen kolmen päivän kuluessa', 3 * DAY],
  ['Toimitamme uuden viikon sisällä.', 'Toimitamme uuden viikon sisällä', 7 * DAY],
  ['Ilmoitamme puolen tunnin päästä.', 'Ilmoitamme puolen tunnin päästä', 30 * MIN],
  ['Huomenna soitamme.', 'Huomenna soitamme', TOMORROW],
  ['Korjaamme asian.', 'Korjaamme', undefined],
  ['Palaamme asiaan.', 'Palaamme asiaan', undefined],
];

const EN: [string, string, number | undefined][] = [
  ["We'll call you tomorrow.", "We'll call you tomorrow", TOMORROW],
  ['We will get back to you within 2 business days.', 'We will get back to you within 2 business days', 2 * DAY],
  ["We'll look into this right away.", "We'll look into this right away", 30 * MIN],
  ["I'll contact you within an hour.", "I'll contact you within an hour", HOUR],
  ['We will send a replacement within three days.', 'We will send a replacement within three days', 3 * DAY],
  ['We will update you within 45 minutes.', 'We will update you within 45 minutes', 45 * MIN],
  ['We will be in touch today.', 'We will be in touch today', TODAY],
  ['I will call you.', 'I will call', undefined],
];

describe('promises', () => {
  it.each(FI)('fi: %s', (text, expected, within) => {
    const a = analyse(text, 'fi');
    expect(a.promises).toHaveLength(1);
    expect(a.promises[0].text).toBe(expected);
    expect(dueIn(a.promises[0])).toBe(within);
  });
  it.each(EN)('en: %s', (text, expected, within) => {
    const a = analyse(text, 'en');
    expect(a.promises).toHaveLength(1);
    expect(a.promises[0].text).toBe(expected);
    expect(dueIn(a.promises[0])).toBe(within);
  });

  it.each([
    ['fi', 'Emme voi luvata, että soitamme huomenna.'],
    ['fi', 'En pysty lupaamaan mitään, emme soita.'],
    ['fi', 'Soitammeko sinulle?'],
    ['fi', 'Korjaamme väärän tiedon: liha on tuoretta.'],
    ['en', "We can't promise we'll call tomorrow."],
    ['en', 'We will not call you.'],
    ['en', "We won't call you."],
  ] as const)('no promise (%s): %s', (lang, text) => {
    expect(analyse(text, lang).promises).toEqual([]);
  });

  it('one promise per sentence, two in two sentences', () => {
    const a = analyse('Selvitämme asian ja soitamme huomenna. Lähetämme kuitin tänään.', 'fi');
    expect(a.promises.map((p) => [p.text, dueIn(p)])).toEqual([
      ['Selvitämme asian ja soitamme huomenna', TOMORROW],
      ['Lähetämme kuitin tänään', TODAY],
    ]);
  });

  it('a negated promise sentence does not cancel the next one', () => {
    const a = analyse('Emme voi luvata aikataulua. Soitamme kuitenkin huomenna.', 'fi');
    expect(a.promises.map((p) => p.text)).toEqual(['Soitamme kuitenkin huomenna']);
  });
});
