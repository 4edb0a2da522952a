// The compiled scenario: plain JSON with every duration in milliseconds,
// every reference checked and every named condition resolved. The run-time
// and the UI read only this, so the drill screen never needs the YAML parser
// or the schema validator (shipped scenarios are compiled at build time).
// The scenario's vocabularies live here, at the bottom of the engine; the
// schema builds its enums from them, so the two can never drift apart.
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const CHANNEL_KINDS = ['page', 'microblog', 'reviews', 'forum', 'chat', 'email', 'press'] as const;
export const TEMPERAMENTS = ['constructive', 'angry', 'vindictive', 'troll', 'fan', 'journalist'] as const;
export const ENDINGS = ['good', 'bad', 'worst'] as const;
/** Coached: the drill cues escalation when the crisis has outgrown the level reached (run/coach.ts); exam: no cues. */
export const DRILL_MODES = ['coached', 'exam'] as const;
export type DrillMode = (typeof DRILL_MODES)[number];
export type SeverityName = (typeof SEVERITIES)[number];
export type ChannelKindName = (typeof CHANNEL_KINDS)[number];
export type TemperamentName = (typeof TEMPERAMENTS)[number];
export type EndingName = (typeof ENDINGS)[number];
export type Language = 'fi' | 'en';
export type Dimension = 'speed' | 'honesty' | 'publicness' | 'escalation';
export const DIMENSIONS: readonly Dimension[] = ['speed', 'honesty', 'publicness', 'escalation'];

/** A range in the scenario's source text, for pointing back at YAML. */
export interface SourceRef {
  line: number; // 1-based
  col: number; // 1-based
}

/**
 * A compiled condition of one kind from engine/conditions/ (`{ kind: 'reply',
 * post: 'video', withinMs: 900000 }`): plain JSON whose fields each kind's
 * own file defines. Open, because kinds come from a registry, not this file.
 */
export type LeafCond = { kind: string; [field: string]: unknown };

export type Cond =
  | LeafCond
  | { kind: 'all'; of: Cond[] }
  | { kind: 'any'; of: Cond[] }
  | { kind: 'not'; of: Cond }
  /** A named condition from `conditions:`, kept by name for diagrams and debriefs. */
  | { kind: 'named'; name: string; of: Cond };

export interface Channel {
  id: string;
  kind: ChannelKindName;
  name: string;
}
export interface Persona {
  id: string;
  name: string;
  handle?: string | undefined;
  reach: number;
  temperament: TemperamentName;
}

export interface ThreadReplyModel {
  id: string;
  by: string;
  afterMs: number;
  text: string;
}

export interface PostModel {
  id: string;
  by: string;
  on: string;
  text: string;
  severity: SeverityName;
  companyAtFault: boolean;
  expectsReply: boolean;
  stars?: number;
  subject?: string;
  replies: ThreadReplyModel[];
  quickReplies: { label: string; text: string }[];
  referenceAnswer?: string;
  reserve: boolean;
}

export interface Virality {
  reach: number;
  shares: number;
  sentiment: number;
  growth: number;
}

export interface TransitionModel {
  to: string;
  when?: Cond;
  afterMs?: number;
  note?: string;
  source?: SourceRef;
}

export interface PhaseModel {
  id: string;
  name: string;
  showName: boolean;
  description?: string;
  callsFor: number;
  virality: Virality;
  posts: { post: string; atMs: number }[];
  transitions: TransitionModel[];
  ending?: EndingName;
  facilitatorNotes?: string;
  debriefPrompts: string[];
  source?: SourceRef;
}

export interface ScenarioModel {
  format: 1;
  id: string;
  version: number;
  language: Language;
  title: string;
  summary: string;
  role: string;
  company: string;
  objectives: string[];
  difficulty: 'easy' | 'medium' | 'hard';
  durationMs: number;
  /** Local wall time (text/deadlines.ts) at simulated time 0, for reading deadlines such as "by 5 pm". */
  startsAt: number;
  startMetrics: { reach: number; shares: number; sentiment: number };
  channels: Channel[];
  personas: Persona[];
  posts: PostModel[];
  initial: string;
  phases: PhaseModel[];
  scoring: {
    speedTargetsMs: Record<SeverityName, number>;
    promiseDefaultDeadlineMs: number;
    weights: Record<Dimension, number>;
  };
  debriefPrompts: string[];
  /** What is true in this crisis, for reading replies against it. */
  facts?: {
    /** The fault is really fixed this long after the start; a "fixed" claim before then is premature. */
    fixedAfterMs?: number;
    /** 'never': the fault is not fixed during the drill. */
    fixed?: 'never';
  };
}

export const DEFAULT_SPEED_TARGETS_MS: Record<SeverityName, number> = {
  low: 60 * 60_000,
  medium: 30 * 60_000,
  high: 20 * 60_000,
  critical: 15 * 60_000,
};
/** Tuesday 2026-03-10 10:00, local: a working morning, when a scenario does not say. */
export const DEFAULT_STARTS_AT = Date.UTC(2026, 2, 10, 10, 0);

export const DEFAULT_PROMISE_DEADLINE_MS = 24 * 60 * 60_000;
