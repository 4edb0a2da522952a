// Scoring: one file per rule (rules/), summed by score.ts.
export type * from './types.ts';
export { scoreRun, runRules, applyOverrides, dimensionScore, weightedTotal, summarise } from './score.ts';
export * from './rules/index.ts';
export { speedPoints } from './rules/speed-first-reply.ts';
export { escalationPoints } from './rules/escalation-level-reached.ts';
export { postsNeedingAnswer, allReplies, repliesTo, statements, appearances } from './query.ts';
