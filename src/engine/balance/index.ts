// The balance report: reachability, synthetic best / worst / do-nothing runs
// and warnings, for the CLI's `kohu explore` and the studio.
export { balanceReport, runStrategy } from './report.ts';
export { BALANCE_METHOD } from './method.ts';
export { STRATEGIES, expertAnswer, type StrategyName } from './strategies.ts';
export { simulate, type Strategy } from './simulate.ts';
export { pathToPhase, type PhaseJump } from './path-to-phase.ts';
export { EXPERT_MIN_TOTAL, NOTHING_MAX_TOTAL, CARELESS_MAX } from './warnings.ts';
export type * from './types.ts';
