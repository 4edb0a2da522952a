// What a drill leaves behind for scoring and the debrief: the session
// produces a RunRecord (everything that happened, replayed from the log);
// scoring reads it and never the session itself.
import type { Action } from './actions.ts';
import type { EndingName, PostModel, ScenarioModel } from '../model.ts';
import type { TextAnalysis, TextRange } from '../text/types.ts';
import type { Reading } from '../text/reading.ts';

export interface Appearance {
  post: string;
  at: number;
  phase: string;
}

export interface PromiseRecord {
  id: string;
  /** Index in the log of the reply that made the promise. */
  action: number;
  post: string;
  persona: string;
  madeAt: number;
  deadline: number;
  /** The words named the deadline ("by 5 pm"); otherwise it is the scenario's default for a promise without a time. */
  deadlineNamed?: boolean;
  /** Said without a time and without anyone to follow up ("asiaa selvitetään"): listed while open, never broken; `deadline` only bounds keeping it. */
  openEnded?: true;
  match: TextRange;
  status: 'open' | 'kept' | 'broken';
  resolvedAt?: number;
  /** Index in the log of the follow-up that kept it. */
  keptBy?: number;
}

export interface PhaseVisit {
  phase: string;
  at: number;
  /** How the phase was entered: 'start', 'timer', a condition description, or 'facilitator'. */
  via: string;
}

export interface MetricPoint {
  t: number;
  reach: number;
  shares: number;
  sentiment: number;
}

export interface RunRecord {
  model: ScenarioModel;
  seed: number;
  /** Accepted actions in order. */
  log: Action[];
  /** Text analysis of each log entry that carries text, by log index. */
  analyses: Record<number, TextAnalysis>;
  /** The graded reading of each reply, follow-up and statement, by log index (run/read.ts). */
  readings: Record<number, Reading>;
  rejected: { action: Action; code: string; message: string }[];
  appeared: Appearance[];
  /** Ad-hoc posts a facilitator typed in, so rules can look them up like scenario posts. */
  adhocPosts: PostModel[];
  phaseHistory: PhaseVisit[];
  promises: PromiseRecord[];
  endedAt: number;
  ending: { phase: string; kind: EndingName } | null;
  endReason: 'ending' | 'time_limit' | 'trainee' | 'open';
  /** When the trainee ended the drill, if they did before an ending; the record then runs on without them to the time limit. */
  quitAt?: number;
  metrics: MetricPoint[];
  /**
   * What only the trainee's own mistakes brought about (run/ideal-log.ts):
   * posts that appeared and phase visits (indices into phaseHistory) that
   * the same play made faultlessly would not have met. Shown as the
   * consequence; judged when answered, not charged again when not.
   */
  consequences?: {
    posts: string[];
    visits: number[];
    /** For each of `visits`, the escalation level the faultless play had called for by the time it began. */
    calmLevels?: number[];
  };
}
