// Deadlines in words, resolved by the conventions of tests/corpus/LABELS.md:
// each row of its table, in both languages, and properties that hold for any
// text and any moment.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDeadlines, formatWallTime, parseWallTime, resolveDue } from '../../../src/engine/text/deadlines.ts';

/** The due times of every deadline in `text` sent at `at` (local "YYYY-MM-DDTHH:MM"). */
function due(text: string, lang: 'fi' | 'en', at: string): string[] {
  const sent = parseWallTime(at)!;
  return findDeadlines(text, lang).map((h) => formatWallTime(resolveDue(h.spec, sent)));
}

// 2026-03-10 is a Tuesday; 2026-03-13 a Friday.
const TUE_1000 = '2026-03-10T10:00';
const TUE_1800 = '2026-03-10T18:00';
const FRI_1500 = '2026-03-13T15:00';

describe('the conventions table', () => {
  it.each([
    ['within 2 hours', 'en', TUE_1000, '2026-03-10T12:00'],
    ['within the hour', 'en', TUE_1000, '2026-03-10T11:00'],
    ['tunnin sisällä', 'fi', TUE_1000, '2026-03-10T11:00'],
    ['puolen tunnin kuluessa', 'fi', TUE_1000, '2026-03-10T10:30'],
    ['right away', 'en', TUE_1000, '2026-03-10T10:30'],
    ['heti', 'fi', TUE_1000, '2026-03-10T10:30'],
    ['today', 'en', TUE_1000, '2026-03-10T17:00'],
    ['today', 'en', TUE_1800, '2026-03-10T23:59'],
    ['tämän päivän aikana', 'fi', TUE_1000, '2026-03-10T17:00'],
    ['tonight', 'en', TUE_1000, '2026-03-10T21:00'],
    ['tänä iltana', 'fi', TUE_1000, '2026-03-10T21:00'],
    ['tomorrow', 'en', TUE_1000, '2026-03-11T17:00'],
    ['huomenna', 'fi', TUE_1000, '2026-03-11T17:00'],
    ['tomorrow morning', 'en', TUE_1000, '2026-03-11T12:00'],
    ['huomenna aamupäivällä', 'fi', TUE_1000, '2026-03-11T12:00'],
    ['by noon', 'en', TUE_1000, '2026-03-10T12:00'],
    ['by noon', 'en', TUE_1800, '2026-03-11T12:00'],
    ['puoleenpäivään mennessä', 'fi', TUE_1000, '2026-03-10T12:00'],
    ['by 5 pm', 'en', TUE_1000, '2026-03-10T17:00'],
    ['at 10:30', 'en', TUE_1800, '2026-03-11T10:30'],
    ['at 4:15', 'en', '2026-03-10T14:05', '2026-03-10T16:15'],
    ['kello 14.30 mennessä', 'fi', TUE_1000, '2026-03-10T14:30'],
    ['klo 9', 'fi', TUE_1800, '2026-03-11T09:00'],
    ['tomorrow at 10', 'en', TUE_1000, '2026-03-11T10:00'],
    ['huomenna klo 10', 'fi', TUE_1000, '2026-03-11T10:00'],
    ['by Friday', 'en', TUE_1000, '2026-03-13T17:00'],
    ['perjantaihin mennessä', 'fi', TUE_1000, '2026-03-13T17:00'],
    ['perjantaina', 'fi', FRI_1500, '2026-03-13T17:00'],
    ['perjantaina', 'fi', '2026-03-13T17:30', '2026-03-20T17:00'],
    ['keskiviikkoon mennessä', 'fi', TUE_1000, '2026-03-11T17:00'],
    ['Monday at 9 am', 'en', TUE_1000, '2026-03-16T09:00'],
    ['maanantaina klo 9', 'fi', TUE_1000, '2026-03-16T09:00'],
    ['within 3 days', 'en', TUE_1000, '2026-03-13T10:00'],
    ['kolmen päivän kuluessa', 'fi', TUE_1000, '2026-03-13T10:00'],
    ['within 2 working days', 'en', FRI_1500, '2026-03-17T15:00'],
    ['kahden arkipäivän kuluessa', 'fi', FRI_1500, '2026-03-17T15:00'],
    ['this week', 'en', TUE_1000, '2026-03-13T17:00'],
    ['tällä viikolla', 'fi', TUE_1000, '2026-03-13T17:00'],
    ['next week', 'en', TUE_1000, '2026-03-20T17:00'],
    ['ensi viikolla', 'fi', TUE_1000, '2026-03-20T17:00'],
    ['by 12 March', 'en', TUE_1000, '2026-03-12T17:00'],
    ['12.3. mennessä', 'fi', TUE_1000, '2026-03-12T17:00'],
  ] as const)('%s (%s, sent %s) → %s', (text, lang, at, want) => {
    expect(due(text, lang, at)).toEqual([want]);
  });

  it.each([
    ['soon', 'en'],
    ['as soon as possible', 'en'],
    ['in the coming days', 'en'],
    ['pian', 'fi'],
    ['mahdollisimman pian', 'fi'],
    ['lähipäivinä', 'fi'],
    ['order 10:30', 'en'],
  ] as const)('vague: %s (%s) names no deadline', (text, lang) => {
    expect(findDeadlines(text, lang)).toEqual([]);
  });

  it('the longer expression wins where two overlap', () => {
    expect(findDeadlines('We will call you tomorrow morning.', 'en').map((h) => h.text)).toEqual(['tomorrow morning']);
    expect(findDeadlines('Soitamme huomenna klo 10.', 'fi').map((h) => h.text)).toEqual(['huomenna klo 10']);
  });
});

describe('properties', () => {
  const kinds = fc.oneof(
    fc.record({ kind: fc.constant('in' as const), ms: fc.integer({ min: 1, max: 30 * 1440 }).map((m) => m * 60_000) }),
    fc.constant({ kind: 'today' as const }),
    fc.record({ kind: fc.constant('day' as const), offset: fc.integer({ min: 1, max: 3 }), at: fc.integer({ min: 0, max: 1439 }) }),
    fc.record({ kind: fc.constant('clock' as const), at: fc.integer({ min: 0, max: 1439 }), either12: fc.boolean() }),
    fc.record({ kind: fc.constant('weekday' as const), day: fc.integer({ min: 0, max: 6 }), at: fc.integer({ min: 0, max: 1439 }) }),
    fc.record({ kind: fc.constant('workdays' as const), n: fc.integer({ min: 1, max: 20 }) }),
    fc.record({ kind: fc.constant('week' as const), offset: fc.integer({ min: 0, max: 1 }) }),
    fc.record({ kind: fc.constant('date' as const), day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 12 }) }),
  );
  // Any minute of 2026–2027 on a working day (weekends make "this week" and "today" after 17 questions the table leaves open).
  const workingMinute = fc
    .integer({ min: 0, max: 2 * 365 * 1440 })
    .map((m) => Date.UTC(2026, 0, 1) + m * 60_000)
    .filter((t) => ![0, 6].includes(new Date(t).getUTCDay()));

  it('a named deadline never falls before the moment it was written, and lands on a whole minute', () => {
    fc.assert(
      fc.property(kinds, workingMinute, (spec, sent) => {
        const at = resolveDue(spec, sent);
        expect(at).toBeGreaterThanOrEqual(sent);
        expect(at % 60_000).toBe(0);
      }),
    );
  });

  it('every hit slices the original text, for any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('fi' as const, 'en' as const), (text, lang) => {
        for (const h of findDeadlines(text, lang)) expect(text.slice(h.start, h.end)).toBe(h.text);
      }),
    );
  });

  it('wall times round-trip, and impossible dates are refused', () => {
    expect(formatWallTime(parseWallTime('2026-03-10T14:05')!)).toBe('2026-03-10T14:05');
    expect(parseWallTime('2026-02-30T10:00')).toBeNull();
    expect(parseWallTime('2026-03-10T25:00')).toBeNull();
    expect(parseWallTime('tomorrow')).toBeNull();
  });
});
