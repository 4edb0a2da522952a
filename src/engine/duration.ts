// Simulated durations as trainers write them: `90s`, `5m`, `2h`, `1h30m`.

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000 };
const PART = /(\d+(?:\.\d+)?)\s*(ms|min|s|m|h|d)/gy;

/** Milliseconds, or null when the text is not a duration. */
export function parseDuration(text: unknown): number | null {
  if (typeof text === 'number') return Number.isFinite(text) && text >= 0 ? text * 1000 : null;
  if (typeof text !== 'string') return null;
  const s = text.trim();
  if (s === '') return null;
  let total = 0;
  let pos = 0;
  PART.lastIndex = 0;
  while (pos < s.length) {
    // Any whitespace the schema's `\s` accepts (a tab, a no-break space) may sit between parts.
    while (/\s/.test(s[pos])) pos++;
    PART.lastIndex = pos;
    const m = PART.exec(s);
    if (!m) return null;
    total += Number(m[1]) * UNIT_MS[m[2]];
    pos = PART.lastIndex;
  }
  return Math.round(total);
}

/** `1h 05m`, `12m 30s`, `45s` — for people, not for parsing back. */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let s = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  if (h > 0) return `${sign}${h}h ${String(m).padStart(2, '0')}m`;
  if (m > 0) return `${sign}${m}m${s ? ` ${String(s).padStart(2, '0')}s` : ''}`;
  return `${sign}${s}s`;
}

/** A clock face for simulated time: `1:05:09` or `05:09`. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}
