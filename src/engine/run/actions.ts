// The trainee's (and the facilitator's) actions: plain serialisable records
// with a simulated time. A drill is (scenario, seed, log of these); the
// feed, the phase history and the score are all replayed from it.

export const ACTION_LOG_VERSION = 1;

export type ActionType =
  | 'reply'
  | 'hide'
  | 'delete'
  | 'escalate'
  | 'statement'
  | 'follow_up'
  | 'mark_read'
  | 'end'
  | 'inject'
  | 'heat'
  | 'note'
  | 'phase'
  | 'queue';

interface Base {
  /** Simulated milliseconds since the drill started. */
  at: number;
  /** Who did it: the trainee/team (default) or the facilitator. */
  by?: 'trainee' | 'facilitator';
  /**
   * In a team drill, the role (a scenario's role id) of the seat that did it,
   * stamped by the drill server from the seat's join code; absent when one
   * seat plays every role.
   */
  role?: string;
}

export interface ReplyAction extends Base {
  type: 'reply';
  post: string;
  text: string;
  /** Public reply in the thread, or a private message to the author. */
  visibility: 'public' | 'private';
}
export interface HideAction extends Base {
  type: 'hide';
  post: string;
}
export interface DeleteAction extends Base {
  type: 'delete';
  post: string;
}
export interface EscalateAction extends Base {
  type: 'escalate';
  level: 1 | 2 | 3 | 0;
  note: string;
}
export interface StatementAction extends Base {
  type: 'statement';
  text: string;
  /** The channel it is published on; default the first public channel. */
  channel?: string;
  /** Who signs it, e.g. "CEO Anna Koski". */
  signedBy?: string;
}
export interface FollowUpAction extends Base {
  type: 'follow_up';
  /** The post whose author is followed up with. */
  post: string;
  text: string;
  visibility: 'public' | 'private';
}
export interface MarkReadAction extends Base {
  type: 'mark_read';
  post: string;
}
export interface EndAction extends Base {
  type: 'end';
}
/** Facilitator: release a reserve post, or an ad-hoc post typed on the fly. */
export interface InjectAction extends Base {
  type: 'inject';
  post?: string;
  adhoc?: { id: string; persona: string; channel: string; text: string; severity?: 'low' | 'medium' | 'high' | 'critical' };
}
/** Facilitator: turn the heat up (>1) or down (<1): multiplies the virality rates. */
export interface HeatAction extends Base {
  type: 'heat';
  factor: number;
}

/**
 * Facilitator: a timestamped note, typed during the drill for the debrief.
 * It changes nothing in the drill; it is in the log so it is saved, replayed
 * and exported with everything else, at its moment.
 */
export interface NoteAction extends Base {
  type: 'note';
  text: string;
}
/** Facilitator: move the crisis to a phase now, whatever its conditions say, with the reason given. */
export interface PhaseAction extends Base {
  type: 'phase';
  phase: string;
  reason: string;
}

/**
 * Facilitator: change what a phase will bring on its own before it comes —
 * hold it (until sent now, with `inject`), skip it, or delay it by `byMs`.
 */
export interface QueueAction extends Base {
  type: 'queue';
  post: string;
  op: 'hold' | 'skip' | 'delay';
  byMs?: number;
}

export type Action =
  | ReplyAction
  | HideAction
  | DeleteAction
  | EscalateAction
  | StatementAction
  | FollowUpAction
  | MarkReadAction
  | EndAction
  | InjectAction
  | HeatAction
  | NoteAction
  | PhaseAction
  | QueueAction;

/** Why the session refused an action: data, so a UI or a script report can explain it. */
export type RejectionCode =
  | 'action_time_backwards'
  | 'action_post_unknown'
  | 'action_post_not_visible'
  | 'action_post_removed'
  | 'action_text_empty'
  | 'action_level_invalid'
  | 'action_heat_invalid'
  | 'action_post_id_taken'
  | 'action_after_end'
  | 'action_channel_unknown'
  | 'action_persona_unknown'
  | 'action_phase_unknown'
  | 'action_phase_current'
  | 'action_reason_empty'
  | 'action_post_not_scheduled'
  | 'action_post_appeared'
  | 'action_queue_invalid'
  | 'action_type_unknown'
  | 'action_text_invalid'
  | 'action_text_too_long'
  | 'action_visibility_invalid'
  | 'action_severity_invalid'
  | 'action_time_out_of_range';

export interface Rejection {
  ok: false;
  code: RejectionCode;
  message: string;
}
export type ApplyOutcome = { ok: true } | Rejection;

export const reply = (at: number, post: string, text: string, visibility: 'public' | 'private' = 'public'): ReplyAction => ({
  type: 'reply',
  at,
  post,
  text,
  visibility,
});
export const escalate = (at: number, level: 0 | 1 | 2 | 3, note = ''): EscalateAction => ({ type: 'escalate', at, level, note });
export const remove = (at: number, post: string): DeleteAction => ({ type: 'delete', at, post });
export const hide = (at: number, post: string): HideAction => ({ type: 'hide', at, post });
export const statement = (at: number, text: string, signedBy?: string): StatementAction => ({ type: 'statement', at, text, signedBy });
export const followUp = (at: number, post: string, text: string, visibility: 'public' | 'private' = 'public'): FollowUpAction => ({
  type: 'follow_up',
  at,
  post,
  text,
  visibility,
});
