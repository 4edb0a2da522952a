// Deadlines in words: "within the hour", "today", "by 5 pm", "huomenna klo
// 10", "perjantaihin mennessä", "kahden arkipäivän kuluessa". A time
// expression is read into a DeadlineSpec (what the words say, independent of
// when they were written) and resolved against the local wall time the text
// was sent (resolveDue). The conventions are the corpus guide's
// (tests/corpus/LABELS.md): working hours end at 17:00; "today" is 17:00,
// "tonight" 21:00, "tomorrow morning" noon of the next day, a weekday is
// 17:00 on the next such day, "this week" is Friday 17:00.
//
// Wall times are minutes-exact epoch milliseconds of a naive local calendar
// (read with the UTC getters, so no time zone or daylight saving enters).
// The two languages, spelt out here so that the scenario schema can use this file without a cycle through model.ts.
type Language = 'fi' | 'en';
import { compilePattern, PatternSet } from './pattern.ts';
import type { DeadlineSpec, TextRange } from './types.ts';

export type { DeadlineSpec };

export interface DeadlineHit extends TextRange {
  spec: DeadlineSpec;
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const END_OF_DAY = 17 * 60;
const EVENING = 21 * 60;
const NOON = 12 * 60;

type Groups = Record<string, string | undefined>;
interface TimeRule {
  pattern: string;
  read: (g: Groups, count: (s: string | undefined) => number) => DeadlineSpec | null;
}

/** "14", "14.30", "14:30", "2 pm", "2.30pm" → minutes after midnight (null when not a time of day). */
function clockOf(g: Groups): number | null {
  if (g.h === undefined) return null;
  let h = Number(g.h);
  const m = g.m === undefined ? 0 : Number(g.m);
  const ampm = g.ap?.toLowerCase().replace(/\./g, '');
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  if (h > 23 || m > 59) return null;
  return h * 60 + m;
}

const EN_DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const FI_DAYS = ['sunnuntai', 'maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai'];
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const dayIndex = (names: readonly string[], word: string | undefined): number => {
  const w = (word ?? '').toLowerCase();
  return names.findIndex((n) => w.startsWith(n.slice(0, 5)));
};

// Clock-time pieces, as pattern source. English needs am/pm or minutes, so that "by 5" alone is not a time.
const EN_CLOCK = '(?<h>\\d{1,2})(?:[:.](?<m>\\d{2}))?\\s?(?<ap>[ap]\\.?m\\.?)|(?<h2>\\d{1,2})[:.](?<m2>\\d{2})';
/** After "tomorrow at" or "Monday at", a bare hour is a time too. */
const EN_CLOCK_LOOSE = `${EN_CLOCK}|(?<h3>\\d{1,2})`;
const FI_CLOCK = '(klo|kello) (?<h>\\d{1,2})(?:[:.](?<m>\\d{2}))?';
const enClock = (g: Groups): number | null => clockOf(g.h !== undefined ? g : g.h2 !== undefined ? { h: g.h2, m: g.m2 } : { h: g.h3 });
const saidClock = (g: Groups): boolean => g.h !== undefined || g.h2 !== undefined || g.h3 !== undefined;

const EN_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  'forty-five': 45,
  'twenty-four': 24,
  'forty-eight': 48,
  'a couple of': 2,
  'a few': 3,
};
const FI_NUMBERS: Record<string, number> = {
  yhden: 1,
  yhdessä: 1,
  kahden: 2,
  kahdessa: 2,
  parin: 2,
  parissa: 2,
  kolmen: 3,
  kolmessa: 3,
  neljän: 4,
  neljässä: 4,
  viiden: 5,
  viidessä: 5,
  kuuden: 6,
  kuudessa: 6,
  seitsemän: 7,
  seitsemässä: 7,
  kahdeksan: 8,
  kahdeksassa: 8,
  yhdeksän: 9,
  yhdeksässä: 9,
  kymmenen: 10,
  kymmenessä: 10,
  viidentoista: 15,
  viidessätoista: 15,
  kahdenkymmenen: 20,
  kolmenkymmenen: 30,
  puolen: 0.5,
};

const numberAlt = (table: Record<string, number>): string =>
  Object.keys(table)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/ /g, '\\s+'))
    .join('|');

const EN_N = `(?<n>\\d+|${numberAlt(EN_NUMBERS)})`;
const FI_N = `(?<n>\\d+|${numberAlt(FI_NUMBERS)})`;
const FI_POSTP = '(kuluessa|sisällä|sisään|aikana|mennessä|kuluttua|päästä)';
const FI_WEEKDAY = '(?<wd>maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)(na|hin|on|n aikana)( mennessä)?';

const unit = (u: string | undefined): number => {
  const w = (u ?? '').toLowerCase();
  if (w.startsWith('min')) return MIN;
  if (w.startsWith('h')) return HOUR;
  if (w.startsWith('w')) return 7 * DAY;
  return DAY;
};

const EN_RULES: TimeRule[] = [
  { pattern: `(within|in) (the next |the )?${EN_N} (?<bd>business |working )days?`, read: (g, n) => ({ kind: 'workdays', n: n(g.n) }) },
  {
    pattern: `(within|in) (the next |the )?${EN_N} (?<u>minutes?|mins?|hours?|hrs?|days?|weeks?)`,
    read: (g, n) => ({ kind: 'in', ms: n(g.n) * unit(g.u) }),
  },
  { pattern: '(within|in) (the next )?half an hour', read: () => ({ kind: 'in', ms: 30 * MIN }) },
  { pattern: '(within|in) the (next )?hour', read: () => ({ kind: 'in', ms: HOUR }) },
  { pattern: 'right away|immediately|straight away|at once', read: () => ({ kind: 'in', ms: 30 * MIN }) },
  { pattern: 'the day after tomorrow', read: () => ({ kind: 'day', offset: 2 }) },
  { pattern: 'tomorrow (morning|before noon|before midday)', read: () => ({ kind: 'day', offset: 1, at: NOON }) },
  {
    pattern: `tomorrow (at|by|before|around) (${EN_CLOCK_LOOSE})`,
    read: (g) => ({ kind: 'day', offset: 1, at: enClock(g) ?? END_OF_DAY }),
  },
  { pattern: `(by|at|before) (${EN_CLOCK}) tomorrow`, read: (g) => ({ kind: 'day', offset: 1, at: enClock(g) ?? END_OF_DAY }) },
  { pattern: 'tomorrow', read: () => ({ kind: 'day', offset: 1 }) },
  { pattern: 'tonight|this evening|later this evening', read: () => ({ kind: 'day', offset: 0, at: EVENING }) },
  {
    pattern: 'today|later today|this afternoon|by (the )?end of (the |to)?day|by close of business|by cob|by eod',
    read: () => ({ kind: 'today' }),
  },
  { pattern: '(by|before) (noon|midday)', read: () => ({ kind: 'clock', at: NOON }) },
  {
    pattern: `(on |by |this |next |before )?(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)( (at|by|before) (${EN_CLOCK_LOOSE}))?`,
    read: (g) => ({ kind: 'weekday', day: dayIndex(EN_DAYS, g.wd), ...(saidClock(g) ? { at: enClock(g) ?? END_OF_DAY } : {}) }),
  },
  {
    pattern: `(at|by|before|for|around) (${EN_CLOCK})( today| this afternoon| this evening)?`,
    read: (g) => {
      const at = enClock(g);
      if (at === null) return null;
      return g.ap === undefined && at < 12 * 60 ? { kind: 'clock', at, either12: true } : { kind: 'clock', at };
    },
  },
  { pattern: 'this week|by the end of (the|this) week|before the weekend', read: () => ({ kind: 'week', offset: 0 }) },
  { pattern: 'next week', read: () => ({ kind: 'week', offset: 1 }) },
  {
    pattern:
      '(?<d>\\d{1,2})(st|nd|rd|th)? (of )?(?<mo>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?<mo2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (?<d2>\\d{1,2})(st|nd|rd|th)?',
    read: (g) => ({
      kind: 'date',
      day: Number(g.d ?? g.d2),
      month: EN_MONTHS.indexOf((g.mo ?? g.mo2 ?? '').toLowerCase().slice(0, 3)) + 1,
    }),
  },
];

const FI_RULES: TimeRule[] = [
  { pattern: `(${FI_N} )?arkipäivän ${FI_POSTP}`, read: (g, n) => ({ kind: 'workdays', n: n(g.n) }) },
  {
    pattern: `(${FI_N} )?(päivän ${FI_POSTP}|päivässä|vuorokauden ${FI_POSTP}|vuorokaudessa)`,
    read: (g, n) => ({ kind: 'in', ms: n(g.n) * DAY }),
  },
  { pattern: `(${FI_N} )?(tunnin ${FI_POSTP}|tunnissa)`, read: (g, n) => ({ kind: 'in', ms: n(g.n) * HOUR }) },
  { pattern: `(${FI_N} )?(minuutin ${FI_POSTP}|minuutissa)`, read: (g, n) => ({ kind: 'in', ms: n(g.n) * MIN }) },
  { pattern: `(${FI_N} )?(viikon ${FI_POSTP}|viikossa)`, read: (g, n) => ({ kind: 'in', ms: n(g.n) * 7 * DAY }) },
  { pattern: `(vartin|varttitunnin|vartissa)( ${FI_POSTP})?`, read: () => ({ kind: 'in', ms: 15 * MIN }) },
  { pattern: 'heti|välittömästi|saman tien|hetken (päästä|kuluttua)|tuota pikaa', read: () => ({ kind: 'in', ms: 30 * MIN }) },
  { pattern: 'ylihuomen@', read: () => ({ kind: 'day', offset: 2 }) },
  {
    pattern: '(huomenna|huomisaamu@) (aamulla|aamupäivällä|aamupäivän aikana|ennen puoltapäivää)|huomisaamu@',
    read: () => ({ kind: 'day', offset: 1, at: NOON }),
  },
  { pattern: `huomenna (${FI_CLOCK})( mennessä)?`, read: (g) => ({ kind: 'day', offset: 1, at: clockOf(g) ?? END_OF_DAY }) },
  { pattern: 'huomen@|huomi(seen|sen) (mennessä|aikana)', read: () => ({ kind: 'day', offset: 1 }) },
  // "Tänä iltana klo 22 mennessä": the clock time says when.
  {
    pattern: `(tänään|tänä (iltana|aamuna|päivänä)|illalla|iltapäivällä|aamupäivällä) (${FI_CLOCK})( mennessä)?`,
    read: (g) => {
      const at = clockOf(g);
      return at === null ? null : { kind: 'clock', at };
    },
  },
  { pattern: '(tänään )?illalla|tänä iltana|illan aikana', read: () => ({ kind: 'day', offset: 0, at: EVENING }) },
  {
    pattern:
      'tänään( iltapäivällä| iltapäivän aikana)?|tämän päivän aikana|päivän mittaan|iltapäivällä|iltapäivän aikana|työpäivän loppuun mennessä',
    read: () => ({ kind: 'today' }),
  },
  { pattern: '(puoleen|puoleenpäivään|keskipäivään) mennessä|ennen puoltapäivää', read: () => ({ kind: 'clock', at: NOON }) },
  {
    pattern: `${FI_WEEKDAY}( (${FI_CLOCK})( mennessä)?)?`,
    read: (g) => ({ kind: 'weekday', day: dayIndex(FI_DAYS, g.wd), ...(g.h !== undefined && { at: clockOf(g) ?? END_OF_DAY }) }),
  },
  {
    pattern: `(${FI_CLOCK})( mennessä)?`,
    read: (g) => {
      const at = clockOf(g);
      return at === null ? null : { kind: 'clock', at };
    },
  },
  { pattern: 'tällä viikolla|tämän viikon aikana|viikon loppuun mennessä|ennen viikonloppua', read: () => ({ kind: 'week', offset: 0 }) },
  { pattern: 'ensi viikolla|ensi viikon aikana', read: () => ({ kind: 'week', offset: 1 }) },
  { pattern: '(?<d>\\d{1,2})\\.(?<mo>\\d{1,2})\\.(\\d{4})?', read: (g) => ({ kind: 'date', day: Number(g.d), month: Number(g.mo) }) },
];

interface CompiledRules {
  rules: { re: RegExp; read: TimeRule['read'] }[];
  patterns: PatternSet;
  numbers: Record<string, number>;
}

const compiled = new Map<Language, CompiledRules>();

function rulesFor(language: Language): CompiledRules {
  let c = compiled.get(language);
  if (!c) {
    const [rules, numbers] = language === 'fi' ? [FI_RULES, FI_NUMBERS] : [EN_RULES, EN_NUMBERS];
    const compiledRules = rules.map((r) => ({ re: compilePattern(r.pattern), read: r.read }));
    c = { rules: compiledRules, patterns: new PatternSet(compiledRules.map((r) => r.re)), numbers };
    compiled.set(language, c);
  }
  return c;
}

/** Every time expression in the text, longest first where two overlap. */
export function findDeadlines(text: string, language: Language): DeadlineHit[] {
  const { rules, patterns, numbers } = rulesFor(language);
  const count = (s: string | undefined): number => {
    if (s === undefined) return 1;
    if (/^\d+$/.test(s)) return Number(s);
    return numbers[s.toLowerCase().replace(/\s+/g, ' ')] ?? 1;
  };
  const hits: DeadlineHit[] = [];
  patterns.forEachMatch(text, (m, i) => {
    const spec = rules[i].read(m.groups ?? {}, count);
    if (spec && validSpec(spec)) hits.push({ start: m.index, end: m.index + m[0].length, text: m[0], spec });
  });
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept = hits.filter((h, i) => !hits.slice(0, i).some((o) => o.start < h.end && h.start < o.end));
  return kept.sort((a, b) => a.start - b.start);
}

function validSpec(s: DeadlineSpec): boolean {
  if (s.kind === 'weekday') return s.day >= 0;
  if (s.kind === 'date') return s.month >= 1 && s.month <= 12 && s.day >= 1 && s.day <= 31;
  if (s.kind === 'in' || s.kind === 'workdays') return (s.kind === 'in' ? s.ms : s.n) > 0;
  return true;
}

/** Midnight of the wall time's day, and its minutes after midnight. */
const dayStart = (wall: number): number => Math.floor(wall / DAY) * DAY;
const minuteOf = (wall: number): number => Math.round((wall - dayStart(wall)) / MIN);
const weekdayOf = (wall: number): number => new Date(wall).getUTCDay();

/**
 * When a deadline falls due, as a wall time, for a text sent at `sent` (a wall
 * time). Words whose moment has already passed ("tonight" at 22:00, "this
 * week" on Friday evening) fall due at the end of that day.
 */
/**
 * A date up to half a year before the moment of writing names the past
 * ("irtisanominen kirjataan voimaan 3.2.", written in March): an effective
 * date, not a deadline.
 */
export function namesPastDate(spec: DeadlineSpec, sent: number): boolean {
  if (spec.kind !== 'date') return false;
  const thisYear = Date.UTC(new Date(sent).getUTCFullYear(), spec.month - 1, spec.day) + (spec.at ?? END_OF_DAY) * MIN;
  return thisYear < sent && sent - thisYear < 183 * DAY;
}

export function resolveDue(spec: DeadlineSpec, sent: number): number {
  const due = dueOf(spec, sent);
  return due >= sent ? due : Math.max(sent, dayStart(sent) + (23 * 60 + 59) * MIN);
}

function dueOf(spec: DeadlineSpec, sent: number): number {
  const midnight = dayStart(sent);
  const now = minuteOf(sent);
  switch (spec.kind) {
    case 'in':
      return sent + spec.ms;
    case 'today':
      return midnight + (now >= END_OF_DAY ? 23 * 60 + 59 : END_OF_DAY) * MIN;
    case 'day':
      return midnight + spec.offset * DAY + (spec.at ?? END_OF_DAY) * MIN;
    case 'clock': {
      // Without am/pm, the afternoon reading only while it is still a plausible hour to act (by 21:00).
      const times = spec.either12 && spec.at + 12 * 60 <= EVENING ? [spec.at, spec.at + 12 * 60] : [spec.at];
      const ahead = times.find((t) => t > now);
      return ahead !== undefined ? midnight + ahead * MIN : midnight + DAY + spec.at * MIN;
    }
    case 'weekday': {
      const at = spec.at ?? END_OF_DAY;
      let ahead = (spec.day - weekdayOf(sent) + 7) % 7;
      if (ahead === 0 && at <= now) ahead = 7;
      return midnight + ahead * DAY + at * MIN;
    }
    case 'workdays': {
      let day = midnight;
      for (let left = spec.n; left > 0;) {
        day += DAY;
        const wd = weekdayOf(day);
        if (wd !== 0 && wd !== 6) left--;
      }
      return day + now * MIN;
    }
    case 'week': {
      const toFriday = (5 - weekdayOf(sent) + 7) % 7;
      return midnight + (toFriday + 7 * spec.offset) * DAY + END_OF_DAY * MIN;
    }
    case 'date': {
      const year = new Date(sent).getUTCFullYear();
      const at = (spec.at ?? END_OF_DAY) * MIN;
      const thisYear = Date.UTC(year, spec.month - 1, spec.day) + at;
      return thisYear >= sent ? thisYear : Date.UTC(year + 1, spec.month - 1, spec.day) + at;
    }
  }
}

/** "2026-03-10T14:05" (local, minutes) → wall time; null if malformed. */
export function parseWallTime(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/.exec(s.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const t = Date.UTC(y, mo - 1, d, h, mi);
  const back = new Date(t);
  return back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && h < 24 && mi < 60 ? t : null;
}

/** Wall time → "2026-03-10T14:05". */
export function formatWallTime(wall: number): string {
  return new Date(wall).toISOString().slice(0, 16);
}
