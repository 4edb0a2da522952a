// What the scenario's conditions can ask about: a plain summary of the
// trainee's actions so far, rebuilt by the session after every change and
// handed to the machine as the FACTS event. Conditions are pure functions
// of it, so the same log always takes the same transitions.
import type { Cond } from '../model.ts';

export interface ReplyFact {
  post: string;
  at: number;
  public: boolean;
  honest: boolean;
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
  statements: { at: number; honest: boolean }[];
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

export function holds(cond: Cond, facts: Facts): boolean {
  switch (cond.kind) {
    case 'reply':
      return facts.replies.some(
        (r) =>
          r.post === cond.post &&
          (cond.public === undefined || r.public === cond.public) &&
          (cond.honest === undefined || r.honest === cond.honest) &&
          (cond.apology === undefined || r.apology === cond.apology) &&
          (cond.withinMs === undefined || r.delayMs <= cond.withinMs) &&
          (cond.withinTarget === undefined || r.withinTarget === cond.withinTarget),
      );
    case 'deleted':
      return facts.deleted.includes(cond.post);
    case 'hidden':
      return facts.hidden.includes(cond.post);
    case 'escalated':
      return facts.escalation >= cond.atLeast;
    case 'statement':
      return facts.statements.some((s) => cond.honest === undefined || s.honest === cond.honest);
    case 'promise_broken':
      return facts.promises.some((p) => p.status === 'broken' && (cond.post === undefined || p.post === cond.post));
    case 'promise_kept':
      return facts.promises.some((p) => p.status === 'kept' && (cond.post === undefined || p.post === cond.post));
    case 'followed_up':
      return facts.followedUp.includes(cond.post);
    case 'all':
      return cond.of.every((c) => holds(c, facts));
    case 'any':
      return cond.of.some((c) => holds(c, facts));
    case 'not':
      return !holds(cond.of, facts);
    case 'named':
      return holds(cond.of, facts);
  }
}

/** A short English description of a condition, for phase history and diagrams. */
export function describeCond(cond: Cond): string {
  switch (cond.kind) {
    case 'reply': {
      const q = [cond.public === true ? 'public' : cond.public === false ? 'private' : '', cond.honest ? 'honest' : '', cond.apology ? 'apologising' : '']
        .filter(Boolean)
        .join(' ');
      const w = cond.withinMs !== undefined ? ` within ${Math.round(cond.withinMs / 60000)}m` : cond.withinTarget ? ' within target' : '';
      return `${q ? q + ' ' : ''}reply to ${cond.post}${w}`;
    }
    case 'deleted':
      return `${cond.post} deleted`;
    case 'hidden':
      return `${cond.post} hidden`;
    case 'escalated':
      return `escalated to ≥ ${cond.atLeast}`;
    case 'statement':
      return cond.honest ? 'honest statement' : 'statement published';
    case 'promise_broken':
      return cond.post ? `promise to ${cond.post} broken` : 'a promise broken';
    case 'promise_kept':
      return cond.post ? `promise to ${cond.post} kept` : 'a promise kept';
    case 'followed_up':
      return `followed up on ${cond.post}`;
    case 'all':
      return cond.of.map(describeCond).join(' and ');
    case 'any':
      return cond.of.map(describeCond).join(' or ');
    case 'not':
      return `not (${describeCond(cond.of)})`;
    case 'named':
      return cond.name;
  }
}
