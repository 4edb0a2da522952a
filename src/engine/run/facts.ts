// What the scenario's conditions can ask about: a plain summary of the
// trainee's actions so far, rebuilt by the session after every change and
// handed to the machine as the FACTS event. Conditions are pure functions
// of it, so the same log always takes the same transitions.
import type { Cond } from '../model.ts';
import type { Grade } from '../text/reading.ts';

export interface ReplyFact {
  post: string;
  at: number;
  public: boolean;
  /** The graded reading (text/reading.ts); `honest` is "at least acceptable". */
  grade: Grade;
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

/**
 * A short description of a condition, for phase history, diagrams, the
 * facilitator's phase board and the explorer's paths: "public honest reply
 * to video within 15m", in Finnish "julkinen rehellinen vastaus viestiin
 * video 15 min sisällä". Post ids and condition names stay as written.
 */
export function describeCond(cond: Cond, lang: 'fi' | 'en' = 'en'): string {
  return lang === 'fi' ? describeFi(cond) : describeEn(cond);
}

function describeEn(cond: Cond): string {
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
      return cond.of.map(describeEn).join(' and ');
    case 'any':
      return cond.of.map(describeEn).join(' or ');
    case 'not':
      return `not (${describeEn(cond.of)})`;
    case 'named':
      return cond.name;
  }
}

function describeFi(cond: Cond): string {
  switch (cond.kind) {
    case 'reply': {
      const q = [cond.public === true ? 'julkinen' : cond.public === false ? 'yksityinen' : '', cond.honest ? 'rehellinen' : '', cond.apology ? 'anteeksipyytävä' : '']
        .filter(Boolean)
        .join(' ');
      const w = cond.withinMs !== undefined ? ` ${Math.round(cond.withinMs / 60000)} min sisällä` : cond.withinTarget ? ' tavoiteajassa' : '';
      return `${q ? q + ' ' : ''}vastaus viestiin ${cond.post}${w}`;
    }
    case 'deleted':
      return `${cond.post} poistettu`;
    case 'hidden':
      return `${cond.post} piilotettu`;
    case 'escalated':
      return `eskaloitu vähintään tasolle ${cond.atLeast}`;
    case 'statement':
      return cond.honest ? 'rehellinen tiedote' : 'tiedote julkaistu';
    case 'promise_broken':
      return cond.post ? `viestiin ${cond.post} annettu lupaus rikottu` : 'lupaus rikottu';
    case 'promise_kept':
      return cond.post ? `viestiin ${cond.post} annettu lupaus pidetty` : 'lupaus pidetty';
    case 'followed_up':
      return `seurantaviesti viestiin ${cond.post}`;
    case 'all':
      return cond.of.map(describeFi).join(' ja ');
    case 'any':
      return cond.of.map(describeFi).join(' tai ');
    case 'not':
      return `ei (${describeFi(cond.of)})`;
    case 'named':
      return cond.name;
  }
}
