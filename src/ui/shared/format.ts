// Numbers, durations and dates for people, in the UI language.
import type { Language } from '../../engine/play.ts';

/** A simulated clock face, always with hours so it never reads as a time of day: 0:16:04. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

const locales: Record<Language, string> = { fi: 'fi-FI', en: 'en-GB' };

// Formatters are costly to build and the feed formats hundreds of counters
// per frame: build each one once per language.
const cache = new Map<string, Intl.NumberFormat>();
function fmt(lang: Language, kind: 'compact' | 'standard' | 'integer'): Intl.NumberFormat {
  const key = `${lang}:${kind}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(
      locales[lang],
      kind === 'compact' ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: kind === 'integer' ? 0 : 1 },
    );
    cache.set(key, f);
  }
  return f;
}

/** 1 234, 12,3 t. / 12.3K — short counters for engagement figures. */
export function compact(n: number, lang: Language): string {
  return fmt(lang, n >= 10_000 ? 'compact' : 'standard').format(n);
}

export function integer(n: number, lang: Language): string {
  return fmt(lang, 'integer').format(n);
}

/** A signed number with one decimal: +4,5 / −12.0. */
export function signed(n: number, lang: Language): string {
  const s = fmt(lang, 'standard').format(Math.abs(n));
  return `${n > 0 ? '+' : n < 0 ? '−' : ''}${s}`;
}

/** A duration as people say it: 45 s, 5 min, 1 h 30 min, 2 h. */
export function humanDuration(ms: number, lang: Language): string {
  const totalSec = Math.round(Math.abs(ms) / 1000);
  if (totalSec < 60) return `${totalSec} s`;
  const totalMin = Math.round(totalSec / 60);
  if (totalMin < 60) {
    const sec = totalSec - Math.floor(totalSec / 60) * 60;
    return sec && totalMin < 10 ? `${Math.floor(totalSec / 60)} min ${sec} s` : `${totalMin} min`;
  }
  const h = Math.floor(totalMin / 60);
  const m = totalMin % 60;
  const hours = lang === 'fi' ? `${h} h` : `${h} h`;
  return m ? `${hours} ${m} min` : hours;
}

/** A wall-clock date and time for the history list. */
export function dateTime(iso: string | number | undefined, lang: Language): string {
  if (iso === undefined) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** Speeds offered in the briefing and the clock bar (simulated ms per real ms). */
export const SPEEDS = [15, 30, 60, 120, 300, 600] as const;
export const DEFAULT_SPEED = 60;
/**
 * Simulated seconds per real second while a reply is being written: a
 * 60-word reply typed at 40 words a minute (90 s) costs 15 simulated
 * minutes, inside a high-severity post's 20-minute target.
 */
export const WRITING_SPEED = 10;

/** The next faster or slower offered speed. */
export function stepSpeed(current: number, dir: 1 | -1): number {
  const list = [...SPEEDS] as number[];
  if (dir > 0) return list.find((s) => s > current) ?? list[list.length - 1];
  return [...list].reverse().find((s) => s < current) ?? list[0];
}
