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

  // The organisation's passive, a third person and the reader as receiver promise too.
  it.each([
    ['fi', 'Laskusi tarkistetaan huomenna.', 'tarkistetaan huomenna', TOMORROW],
    ['fi', 'Kortin veloitus perutaan tunnin sisällä.', 'perutaan tunnin sisällä', HOUR],
    ['fi', 'Uusi hinnasto julkaistaan tänään.', 'julkaistaan tänään', TODAY],
    ['fi', 'Asentaja tulee huomenna.', 'tulee huomenna', TOMORROW],
    ['fi', 'Hyvitys näkyy tililläsi huomenna.', 'näkyy tililläsi huomenna', TOMORROW],
    ['fi', 'Paketti on perillä tänään.', 'on perillä tänään', TODAY],
    ['fi', 'Järjestämme uuden ajan huomenna.', 'Järjestämme uuden ajan huomenna', TOMORROW],
    ['fi', 'Jatkossa jokainen tilaus tarkistetaan kahdesti.', 'Jatkossa jokainen tilaus tarkistetaan', undefined],
    ['en', 'Our support team will contact you tomorrow.', 'team will contact you tomorrow', TOMORROW],
    ['en', 'The courier will collect the parcel today.', 'courier will collect the parcel today', TODAY],
    ['en', "You'll receive a refund within an hour.", "You'll receive a refund within an hour", HOUR],
    ['en', "We're sending you a new charger today.", "We're sending you a new charger today", TODAY],
    ['en', 'A technician is due tomorrow.', 'is due tomorrow', TOMORROW],
    ['en', 'The credit should show within an hour.', 'credit should show within an hour', HOUR],
    ['en', "I've booked a call for you tomorrow.", "I've booked a call for you tomorrow", TOMORROW],
    ['en', 'We checked it and will post an update today.', 'will post an update today', TODAY],
  ] as const)('in any voice (%s): %s', (lang, text, expected, within) => {
    const a = analyse(text, lang);
    expect(a.promises).toHaveLength(1);
    expect(a.promises[0].text).toBe(expected);
    expect(dueIn(a.promises[0])).toBe(within);
  });

  it.each([
    // A third person or a state without a time describes; it does not commit.
    ['fi', 'Asentaja tulee paikalle.'],
    ['fi', 'Hyvitys näkyy tililläsi.'],
    // Nouns that end like the passive, and the modal passive.
    ['fi', 'Maksu veloitettiin kahteen kertaan.'],
    ['fi', 'Tallenteita voidaan luovuttaa poliisille.'],
    ['fi', 'Hän vastaa omasta toiminnastaan.'],
    // A refund is a remedy; without a time it is not a promise to follow up on.
    ['fi', 'Hyvitämme kahvin.'],
    // What usually happens is not a commitment.
    ['fi', 'Hyvitys näkyy tililläsi yleensä kahden päivän kuluessa.'],
    ['en', 'Refunds usually show within 3 days.'],
    ['en', 'This will never happen again.'],
    ['en', 'You will need to bring the receipt.'],
    ['en', 'The team is working on it right now.'],
    ['en', "It's frustrating, we know."],
  ] as const)('no promise (%s): %s', (lang, text) => {
    expect(analyse(text, lang).promises).toEqual([]);
  });

  it('two times in one sentence are two promises, each with the time after its verb', () => {
    const a = analyse("Our baker is starting on your cake right away and it'll be ready at 16:15.", 'en');
    expect(a.promises.map((p) => [p.text, dueIn(p)])).toEqual([
      ['is starting on your cake right away', 30 * MIN],
      ["it'll be ready at 16:15", 6 * HOUR + 15 * MIN],
    ]);
  });

  it('a time before the verb in a two-time sentence stays with the past it describes', () => {
    const a = analyse('Puhuin myyjän kanssa tänään, ja koko henkilökunta käy koulutuksen ensi viikolla.', 'fi');
    expect(a.promises).toHaveLength(1);
    expect(a.promises[0].text).toBe('käy koulutuksen ensi viikolla');
  });

  it("'tänä iltana klo 22 mennessä' falls due at the clock time", () => {
    const a = analyse('Verkko palautuu tänä iltana klo 22 mennessä.', 'fi');
    expect(dueIn(a.promises[0])).toBe(12 * HOUR);
  });
});
