// The three synthetic players of the balance report:
//   expert   — answers every post that needs it with the scenario's own
//              reference answer 2 minutes after it appears, in public;
//              escalates to each phase's calls_for a minute after the phase
//              begins; publishes an honest statement in the first phase that
//              calls for level 1 or more, 3 minutes after that phase's last
//              post is due (having answered them first); follows up on every
//              answered post 10 minutes later (sooner if a promise is due).
//   nothing  — no actions at all: timers only.
//   careless — answers late (at the post's speed target) by private message
//              with a non-apology, an excuse, a scapegoat, arguing, denial
//              and an over-promise, then deletes the post; wakes top
//              management at once; publishes an evasive statement.
// They are fixed rules, not a search: the report says so, and shows each
// run's phases and log so a trainer can see exactly how a score came about.
import type { PostModel, ScenarioModel } from '../model.ts';
import type { Action } from '../run/actions.ts';
import { WORDS, expertStatement, firstNameOf, snippet } from './texts.ts';
import type { Strategy } from './simulate.ts';

const MIN = 60_000;
export const EXPERT_REPLY_MS = 2 * MIN;
export const EXPERT_ESCALATE_MS = 1 * MIN;
export const EXPERT_STATEMENT_MS = 3 * MIN;
export const EXPERT_FOLLOW_UP_MS = 10 * MIN;

export type StrategyName = 'expert' | 'nothing' | 'careless';
export const STRATEGIES: readonly StrategyName[] = ['expert', 'nothing', 'careless'];

function personaName(model: ScenarioModel, post: PostModel): string {
  return model.personas.find((p) => p.id === post.by)?.name ?? post.by;
}

/** The expert's answer: the scenario's reference answer, or a plain one of the right kind. */
export function expertAnswer(model: ScenarioModel, post: PostModel): string {
  if (post.referenceAnswer?.trim()) return post.referenceAnswer;
  const w = WORDS[model.language];
  const first = firstNameOf(personaName(model, post));
  return post.companyAtFault ? w.apology(first, model.company) : w.correction(first, model.company);
}

export function expert(model: ScenarioModel): Strategy {
  const w = WORDS[model.language];
  let level = 0;
  let stated = false;
  const followed = new Set<string>();
  return {
    onPost: (post, at) =>
      post.expectsReply
        ? [{ type: 'reply', at: at + EXPERT_REPLY_MS, post: post.id, text: expertAnswer(model, post), visibility: 'public' }]
        : [],
    onPhase: (phase, at) => {
      if (phase.ending) return [];
      const out: Action[] = [];
      if (phase.callsFor > level) {
        level = phase.callsFor;
        out.push({ type: 'escalate', at: at + EXPERT_ESCALATE_MS, level: phase.callsFor as 0 | 1 | 2 | 3, note: w.escalationNote });
      }
      if (!stated && phase.callsFor >= 1) {
        stated = true;
        const lastPost = Math.max(0, ...phase.posts.map((p) => p.atMs));
        out.push({ type: 'statement', at: at + lastPost + EXPERT_STATEMENT_MS, ...expertStatement(model, w) });
      }
      return out;
    },
    onAccepted: (action, _i, _s, promises) => {
      if (action.type !== 'reply' || followed.has(action.post)) return [];
      followed.add(action.post);
      const post = model.posts.find((p) => p.id === action.post)!;
      // Keep every promise the answer made: come back a minute before the first deadline.
      const due = Math.min(action.at + EXPERT_FOLLOW_UP_MS, ...promises.map((p) => p.deadline - MIN));
      const text = w.followUp(firstNameOf(personaName(model, post)), snippet(post));
      return [{ type: 'follow_up', at: Math.max(action.at + MIN, due), post: post.id, text, visibility: 'public' }];
    },
  };
}

export const nothing = (): Strategy => ({});

export function careless(model: ScenarioModel): Strategy {
  const w = WORDS[model.language];
  const target = (post: PostModel) => model.scoring.speedTargetsMs[post.severity];
  return {
    onStart: () => [
      { type: 'escalate', at: MIN, level: 3, note: w.escalationNote },
      { type: 'statement', at: 5 * MIN, text: w.carelessStatement(model.company) },
    ],
    onPost: (post, at) => {
      if (!post.expectsReply) return [{ type: 'delete', at: at + MIN, post: post.id }];
      const late = at + target(post);
      return [
        { type: 'reply', at: late, post: post.id, text: w.careless, visibility: 'private' },
        { type: 'delete', at: late + MIN, post: post.id },
      ];
    },
  };
}

export function strategyFor(name: StrategyName, model: ScenarioModel): Strategy {
  return name === 'expert' ? expert(model) : name === 'careless' ? careless(model) : nothing();
}
