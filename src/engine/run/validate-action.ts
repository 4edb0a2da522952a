// Checks an action against the session before it is applied. A refused
// action is data with a code (never an exception), so a script report or
// the UI can explain it.
import type { ScenarioModel, PostModel } from '../model.ts';
import type { Action, Rejection } from './actions.ts';
import { scheduledPhaseOf } from './queue.ts';
import { SEVERITIES } from '../model.ts';
import { latestTime, MAX_TEXT_CHARS } from '../limits.ts';

/** What checking an action needs to know of a session (the session passes itself). */
export interface ActionContext {
  readonly model: ScenarioModel;
  readonly ended: unknown;
  readonly posts: ReadonlyMap<string, { status: string }>;
  getPost(id: string): PostModel | undefined;
  now(): number;
  phase(): string;
}

const KNOWN = new Set([
  'reply',
  'hide',
  'delete',
  'escalate',
  'statement',
  'follow_up',
  'mark_read',
  'end',
  'inject',
  'heat',
  'note',
  'phase',
  'queue',
]);

const no = (code: Rejection['code'], message: string): Rejection => ({ ok: false, code, message });

/**
 * A text field, as a log from elsewhere may hold it: not text at all, too
 * long to read in reasonable time, or blank. Null when it is fine.
 */
function checkText(value: unknown, what: string): Rejection | null {
  if (typeof value !== 'string') return no('action_text_invalid', `${what} must be text, not ${typeof value}.`);
  if (value.length > MAX_TEXT_CHARS)
    return no('action_text_too_long', `${what} is ${value.length} characters long; at most ${MAX_TEXT_CHARS} are allowed.`);
  if (!value.trim()) return no('action_text_empty', `${what} needs some text.`);
  return null;
}

const checkVisibility = (v: unknown): Rejection | null =>
  v === 'public' || v === 'private'
    ? null
    : no('action_visibility_invalid', `Visibility must be "public" or "private", not ${JSON.stringify(v)}.`);

/** Call after the session has advanced to `action.at` (see checkTime). */
export function validateAction(session: ActionContext, action: Action): Rejection | null {
  if (!action || typeof action !== 'object' || !KNOWN.has((action as { type?: string }).type ?? ''))
    return no('action_type_unknown', `Unknown action type "${(action as { type?: string })?.type}".`);
  if (session.ended) return no('action_after_end', 'The drill has already ended.');
  switch (action.type) {
    case 'reply':
    case 'follow_up':
    case 'hide':
    case 'delete':
    case 'mark_read': {
      if (!session.getPost(action.post)) return no('action_post_unknown', `No post "${action.post}" in this scenario.`);
      // The session has already run the world forward to the action's time.
      if (!session.posts.has(action.post)) return no('action_post_not_visible', `Post "${action.post}" has not appeared by then.`);
      if (session.posts.get(action.post)?.status === 'deleted') return no('action_post_removed', `Post "${action.post}" was deleted.`);
      if (action.type === 'reply' || action.type === 'follow_up')
        return checkText(action.text, 'A reply') ?? checkVisibility(action.visibility);
      return null;
    }
    case 'statement': {
      const text = checkText(action.text, 'A statement');
      if (text) return text;
      if (action.channel && !session.model.channels.some((c) => c.id === action.channel))
        return no('action_channel_unknown', `No channel "${action.channel}".`);
      return null;
    }
    case 'escalate':
      if (![0, 1, 2, 3].includes(action.level)) return no('action_level_invalid', 'Escalation level must be 0–3.');
      return null;
    case 'inject': {
      if (action.post) {
        if (!session.getPost(action.post)) return no('action_post_unknown', `No post "${action.post}" in this scenario.`);
        return null;
      }
      const a = action.adhoc;
      if (!a || typeof a !== 'object') return no('action_text_empty', 'An injected post needs some text.');
      const text = checkText(a.text, 'An injected post');
      if (text) return text;
      if (a.severity !== undefined && !SEVERITIES.includes(a.severity))
        return no('action_severity_invalid', `Severity must be one of ${SEVERITIES.join(', ')}, not ${JSON.stringify(a.severity)}.`);
      if (!session.model.personas.some((p) => p.id === a.persona)) return no('action_persona_unknown', `No persona "${a.persona}".`);
      if (!session.model.channels.some((c) => c.id === a.channel)) return no('action_channel_unknown', `No channel "${a.channel}".`);
      if (session.getPost(a.id)) return no('action_post_id_taken', `Post id "${a.id}" is already taken.`);
      return null;
    }
    case 'heat':
      return typeof action.factor === 'number' && action.factor > 0 && action.factor <= 10
        ? null
        : no('action_heat_invalid', 'Heat must be a factor between 0 and 10.');
    case 'note':
      return checkText(action.text, 'A note');
    case 'phase':
      if (!session.model.phases.some((p) => p.id === action.phase)) return no('action_phase_unknown', `No phase "${action.phase}".`);
      if (session.phase() === action.phase) return no('action_phase_current', `The crisis is already in phase "${action.phase}".`);
      if (typeof action.reason === 'string' && !action.reason.trim()) return no('action_reason_empty', 'Forcing a phase needs a reason.');
      return checkText(action.reason, 'The reason');
    case 'queue':
      if (!session.getPost(action.post)) return no('action_post_unknown', `No post "${action.post}" in this scenario.`);
      if (!scheduledPhaseOf(session.model, action.post))
        return no('action_post_not_scheduled', `Post "${action.post}" is not brought by any phase.`);
      if (session.posts.has(action.post)) return no('action_post_appeared', `Post "${action.post}" has already appeared.`);
      if (!['hold', 'skip', 'delay'].includes(action.op))
        return no('action_queue_invalid', `Unknown queue operation "${String(action.op)}".`);
      if (action.op === 'delay' && !(typeof action.byMs === 'number' && action.byMs > 0 && action.byMs <= session.model.durationMs))
        return no('action_queue_invalid', 'A delay must be a positive time within the drill.');
      return null;
    default:
      return null;
  }
}

/**
 * Time may only move forward, and never far past the scenario's end (a
 * forged time must not make the world run on): checked before the world
 * is advanced.
 */
export function checkTime(session: ActionContext, action: Action): Rejection | null {
  if (!action || typeof action !== 'object') return no('action_type_unknown', 'Not an action.');
  if (typeof action.at === 'number' && action.at > latestTime(session.model.durationMs))
    return no('action_time_out_of_range', `Action at ${action.at} ms is past the end of the scenario (${session.model.durationMs} ms).`);
  if (typeof action.at !== 'number' || !Number.isFinite(action.at) || action.at < session.now())
    return no('action_time_backwards', `Action at ${action.at} ms is before the drill's current time ${session.now()} ms.`);
  return null;
}
