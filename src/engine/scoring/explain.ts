// Small helpers for the flags' one-sentence explanations, in Finnish and
// English. Sentences start with the persona's name and a colon so that
// Finnish needs no case endings on names we cannot inflect reliably.
import type { SeverityName } from '../model.ts';
import type { TextRange } from '../text/types.ts';

export type Bilingual = { fi: string; en: string };

export function duration(ms: number): Bilingual {
  const min = Math.round(ms / 60_000);
  if (min < 60) return { fi: `${min} min`, en: `${min} min` };
  if (min < 48 * 60) {
    const h = Math.floor(min / 60);
    const m = min % 60;
    const s = m ? ` ${m} min` : '';
    return { fi: `${h} h${s}`, en: `${h} h${s}` };
  }
  const d = Math.round((min / (24 * 60)) * 10) / 10;
  return { fi: `${String(d).replace('.', ',')} vrk`, en: `${d} d` };
}

export const SEVERITY: Record<SeverityName, Bilingual> = {
  low: { fi: 'matala', en: 'low' },
  medium: { fi: 'keskitaso', en: 'medium' },
  high: { fi: 'korkea', en: 'high' },
  critical: { fi: 'kriittinen', en: 'critical' },
};

export const LEVEL: Bilingual[] = [
  { fi: 'asiakaspalvelu (0)', en: 'customer service (0)' },
  { fi: 'viestintä tietoon (1)', en: 'communications told (1)' },
  { fi: 'viestinnän johto (2)', en: 'communications leads (2)' },
  { fi: 'ylin johto (3)', en: 'top management (3)' },
];

/** The matched words, quoted in the language's own style: ”pyydämme anteeksi” (fi), “we apologise” (en). */
export const quote = (ranges: readonly TextRange[], lang: 'fi' | 'en'): string =>
  ranges.map((r) => (lang === 'fi' ? `”${r.text}”` : `“${r.text}”`)).join(', ');

/** Points rounded to one decimal: linear credit should not print as 6.666666. */
export const round1 = (n: number): number => Math.round(n * 10) / 10;

const WEEKDAY: Bilingual[] = [
  { fi: 'su', en: 'Sun' },
  { fi: 'ma', en: 'Mon' },
  { fi: 'ti', en: 'Tue' },
  { fi: 'ke', en: 'Wed' },
  { fi: 'to', en: 'Thu' },
  { fi: 'pe', en: 'Fri' },
  { fi: 'la', en: 'Sat' },
];

/** A wall time (text/deadlines.ts) as the room reads it: "klo 17.00" / "17:00", with the weekday when it is not `sameDayAs`'s day. */
export function wallClock(wall: number, sameDayAs: number): Bilingual {
  const d = new Date(wall);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  const otherDay = Math.floor(wall / 86_400_000) !== Math.floor(sameDayAs / 86_400_000);
  const day = WEEKDAY[d.getUTCDay()];
  return {
    fi: `${otherDay ? `${day.fi} ` : ''}klo ${hh}.${mm}`,
    en: `${otherDay ? `${day.en} ` : ''}${hh}:${mm}`,
  };
}
