// A drill's declared length within the stated limit (limits.ts): the
// curve is recorded per simulated minute, so an absurd duration (a typo
// such as 1000000h) would run the page out of memory rather than fail.
import * as d from '../../diagnostics.ts';
import { formatDuration, parseDuration } from '../../../duration.ts';
import { MAX_DURATION_MS } from '../../../limits.ts';
import type { Rule } from '../context.ts';

export const durationTooLong: Rule = (ctx) => {
  const { raw } = ctx;
  if (typeof raw.duration !== 'string') return [];
  const ms = parseDuration(raw.duration);
  if (ms === null || ms === undefined || ms <= MAX_DURATION_MS) return [];
  return [d.duration_too_long(ctx.src, ctx.at(['duration']), { duration: raw.duration, max: formatDuration(MAX_DURATION_MS) })];
};
