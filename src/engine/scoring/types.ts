// The contract of the scoring rules: each rule reads a RunRecord
// (run/record.ts) and emits flags with evidence; score.ts sums them.
import type { Dimension } from '../model.ts';
import type { TextRange } from '../text/types.ts';
import type { UnsureCode } from '../text/reading.ts';
import type { RunRecord } from '../run/record.ts';

export interface Flag {
  /** Unique within a result, stable across replays: `${rule}:${post or index}`. */
  id: string;
  rule: string;
  dimension: Dimension;
  /**
   * Credit flags carry `max` (an opportunity: points earned of max);
   * penalty flags carry negative points and no max.
   */
  points: number;
  max?: number;
  post?: string;
  /** Simulated time of the evidence. */
  at: number;
  /** The log entry the evidence is in, if any. */
  action?: number;
  /** Matched words, as ranges in that log entry's text. */
  matches: TextRange[];
  explain: { fi: string; en: string };
  /** Why the reading behind this flag may be wrong (text/reading.ts); the debrief asks the facilitator to confirm. */
  unsure?: UnsureCode[];
  /** The rule's own points, kept when a facilitator override changed `points`. */
  originalPoints?: number;
  /** A facilitator's decision on this flag, kept in the result with its reason. */
  override?: { decision: 'accept' | 'reject' | 'adjust'; reason: string; by?: string };
}

export type Overrides = Record<
  string,
  { decision: 'accept' | 'reject' | 'adjust'; points?: number; reason: string; by?: string; at?: string }
>;

export interface ScoreReport {
  scores: Record<Dimension, number>;
  /** Each dimension before the 0…100 clamp (score.ts). */
  raw: Record<Dimension, number>;
  total: number;
  flags: Flag[];
}

export interface Rule {
  id: string;
  dimension: Dimension;
  apply(record: RunRecord): Flag[];
}
