// What the scenario's conditions can ask about: a plain summary of the
// trainee's actions so far, rebuilt by the session after every change and
// handed to the machine as the FACTS event. Conditions are pure functions
// of it, so the same log always takes the same transitions.
import type { Grade } from '../text/reading.ts';

export interface ReplyFact {
  post: string;
  at: number;
  public: boolean;
  /** The graded reading (text/reading.ts); `honest` in a condition is "at least acceptable" (grade.ts). */
  grade: Grade;
  apology: boolean;
  /** Time from the post appearing to this reply. */
  delayMs: number;
  withinTarget: boolean;
}

export interface Facts {
  now: number;
  replies: ReplyFact[];
  deleted: string[];
  hidden: string[];
  escalation: number;
  statements: { at: number; grade: Grade }[];
  promises: { post: string; status: 'open' | 'kept' | 'broken' }[];
  followedUp: string[];
}

export const emptyFacts = (): Facts => ({
  now: 0,
  replies: [],
  deleted: [],
  hidden: [],
  escalation: 0,
  statements: [],
  promises: [],
  followedUp: [],
});
