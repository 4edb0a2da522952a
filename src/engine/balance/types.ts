// The balance report's shape: plain data, so the CLI prints it, the studio
// renders it and tests compare it.
import type { Dimension, EndingName, Language } from '../model.ts';
import type { Action } from '../run/actions.ts';
import type { ExploreReport } from '../explore/explore.ts';
import type { PhaseVisit } from '../run/record.ts';
import type { StrategyName } from './strategies.ts';

export type { StrategyName };
export type ScoreKey = Dimension | 'total';

export interface StrategyRun {
  strategy: StrategyName;
  /** The actions the synthetic player took: a script you can replay or open in the playtest. */
  log: Action[];
  /** Actions the session refused (e.g. a reply to a post that never appeared). */
  rejected: number;
  ending: { phase: string; kind: EndingName } | null;
  endedAt: number;
  endReason: 'ending' | 'time_limit' | 'trainee' | 'open';
  phases: PhaseVisit[];
  scores: Record<ScoreKey, number>;
}

export interface ScoreBound {
  score: number;
  by: StrategyName;
}

export interface BalanceWarning {
  code: string;
  severity: 'warning' | 'info';
  message: { fi: string; en: string };
  /** What it is about, so an editor can jump to it. */
  phase?: string;
  post?: string;
}

export interface BalanceReport {
  scenario: string;
  language: Language;
  durationMs: number;
  explore: ExploreReport;
  runs: Record<StrategyName, StrategyRun>;
  /** Per dimension and total: the best and worst of the synthetic runs, and which run. */
  range: Record<ScoreKey, { best: ScoreBound; worst: ScoreBound }>;
  /**
   * For each cap on escalation (level below `below`), whether a good ending
   * is still reachable: `below: 1` means never escalating at all.
   */
  withoutEscalation: { below: number; goodReachable: boolean }[];
  warnings: BalanceWarning[];
}
