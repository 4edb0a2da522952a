// What a running drill shows: the feed as the trainee sees it at the
// session's current simulated time.
import type { ChannelKindName, SeverityName } from '../model.ts';
import type { MetricPoint, PhaseVisit } from './record.ts';

export interface FeedReply {
  id: string;
  /** Persona id, or 'trainee' for the trainee's own replies, 'company' for statements. */
  by: string;
  at: number;
  text: string;
  visibility: 'public' | 'private';
  /** Log index for the trainee's own replies. */
  action?: number;
}

export interface FeedPost {
  id: string;
  channel: string;
  channelKind: ChannelKindName;
  by: string;
  at: number;
  text: string;
  severity: SeverityName;
  stars?: number;
  subject?: string;
  /** Thread: others' replies that have appeared, and the trainee's replies, in time order. */
  replies: FeedReply[];
  /** Private messages between the trainee and the author. */
  privateMessages: FeedReply[];
  likes: number;
  shares: number;
  comments: number;
  status: 'visible' | 'hidden' | 'deleted';
  read: boolean;
  /** True when a facilitator released or typed it. */
  injected: boolean;
  /**
   * Set while the post waits for its first reply (it expects one, none was
   * sent in any visibility, it is not deleted): when the speed target for
   * its severity runs out. Past it, the first reply no longer earns full speed points.
   */
  replyDue?: number;
}

export interface StatementView {
  at: number;
  text: string;
  channel: string;
  signedBy?: string;
  action: number;
}

export interface SessionView {
  now: number;
  phase: string;
  /** Shown only when the phase has show_name. */
  phaseName?: string;
  phaseHistory: PhaseVisit[];
  /** Newest last. */
  feed: FeedPost[];
  statements: StatementView[];
  escalationLevel: number;
  /** The coached mode's cue to escalate (run/coach.ts); null when none is due. */
  escalationCue: EscalationCue | null;
  metrics: MetricPoint[];
  current: MetricPoint;
  ended: null | { at: number; reason: 'ending' | 'time_limit' | 'trainee'; ending?: 'good' | 'bad' | 'worst'; phase: string };
  openPromises: { id: string; post: string; persona: string; deadline: number; openEnded?: true }[];
  /** Promises whose deadline passed without a follow-up: the session has marked them broken. */
  brokenPromises: { id: string; post: string; persona: string; deadline: number }[];
}

export type EscalationSignal =
  | { kind: 'shares'; count: number }
  | { kind: 'journalist'; post: string; persona: string }
  | { kind: 'critical'; post: string; persona: string };

export interface EscalationCue {
  /** The level the current phase calls for (above the one reached). */
  calledFor: number;
  reached: number;
  /** When the phase calling for it began. */
  since: number;
  /** What shows it, newest first: at most one of each kind. */
  signals: EscalationSignal[];
}
