// The stated limits on what a file or a log may hold. A real drill stays far
// below each of them (a result is some 25 kB with a few dozen actions); they
// exist so that a damaged or forged file is refused with a clear message
// instead of freezing or exhausting the page that opens it.

/**
 * The longest drill a scenario may declare. A slow burn may span days of
 * simulated time; a longer one is a typing mistake (1e12 s), and the crisis
 * curve, recorded per simulated minute, would exhaust the page.
 */
export const MAX_DURATION_MS = 7 * 24 * 60 * 60_000;

/** A result file larger than this is refused before it is parsed. */
export const MAX_RESULT_BYTES = 2_000_000;

/** Actions one log (a result, a script, a saved drill) may hold. */
export const MAX_LOG_ACTIONS = 2_000;

/** Characters one reply, statement, note or injected post may hold. */
export const MAX_TEXT_CHARS = 5_000;

/**
 * How far past the scenario's duration a time in a log or result may lie.
 * The drill ends at its duration, so nothing real is ever later; the slack
 * only forgives rounding in hand-written scripts.
 */
export const TIME_SLACK_MS = 60_000;

/** The latest simulated time a log may name for a scenario of this duration. */
export const latestTime = (durationMs: number): number => durationMs + TIME_SLACK_MS;
