// Kohu's engine, entry point for playing: a drill, its replay, its score and
// result files. Pure TypeScript — no DOM, no wall clock, no unseeded
// randomness — and it never imports the YAML parser or the schema validator,
// so the drill screen stays small. Authoring lives in ./authoring.ts.
export type * from './model.ts';
export { DIMENSIONS } from './model.ts';
export type * from './run/actions.ts';
export * as actions from './run/actions.ts';
export type * from './run/types.ts';
export type * from './scoring/types.ts';
export type * from './run/record.ts';
export type * from './text/types.ts';
export { Session } from './run/session.ts';
export { replay } from './run/replay.ts';
export { sessionView } from './run/view.ts';
export { CUE_AFTER_MS } from './run/coach.ts';
export { DrillClock } from './run/drill-clock.ts';
export { scoreRun } from './scoring/score.ts';
export { buildResult, labelsOf, readResult, RESULT_FORMAT, type KohuResult, type ResultCheck, type ResultLabels } from './result.ts';
export { parseDuration, formatDuration, formatClock } from './duration.ts';
export { DEFAULT_STARTS_AT, DRILL_MODES } from './model.ts';
export { describeCond, isActionCond } from './conditions/index.ts';
export { upcomingPosts, type QueuedPost } from './run/queue.ts';
export { UNSURE_WORDS, GRADE_WORDS, describeReading } from './scoring/reading-words.ts';
export { readText } from './run/read.ts';
export { wallClock } from './scoring/explain.ts';
export { buildMachine } from './run/machine.ts';
export { runToResult, refreshResult, admitResult } from './pipeline.ts';
export { MAX_LOG_ACTIONS, MAX_RESULT_BYTES, MAX_TEXT_CHARS, TIME_SLACK_MS, latestTime } from './limits.ts';
