// How the run reads a reply or a statement in its context: the one place
// that puts the scenario's facts (was the company at fault, was the fault
// fixed at that moment, what the post said) next to the text reading. The
// session's conditions and every scoring rule ask this, so a branch and a
// score always agree on what a reply was.
import type { PostModel, ScenarioModel } from '../model.ts';
import type { PromiseMatch, TextAnalysis } from '../text/types.ts';
import { namesPastDate, resolveDue } from '../text/deadlines.ts';
import { analyseText } from '../text/analyse.ts';
import { readReply, type Reading, type ReadingContext } from '../text/reading.ts';

/**
 * Was the fault fixed at simulated time `at`? Only when the scenario says so
 * (`facts.fixed_after`): a drill has no "fix" action, so nothing the trainee
 * types makes a fault fixed, and a "fixed now" claim is premature unless the
 * scenario's own facts have the fix done by then.
 */
export function fixedAt(model: ScenarioModel, at: number): ReadingContext['fixed'] {
  const fixedAfter = model.facts?.fixedAfterMs;
  return fixedAfter !== undefined && at >= fixedAfter ? 'yes' : 'no';
}

/** A statement answers the whole crisis: at fault if any post that needs an answer is. */
export const scenarioAtFault = (model: ScenarioModel): boolean => model.posts.some((p) => p.expectsReply && p.companyAtFault);

/** The posts a statement answers: those of the opening phase, which the crisis is about. */
function crisisText(model: ScenarioModel): string {
  const first = model.phases.find((p) => p.id === model.initial);
  const ids = new Set(first?.posts.map((p) => p.post) ?? []);
  return model.posts
    .filter((p) => ids.has(p.id) || (ids.size === 0 && p.expectsReply))
    .map((p) => p.text)
    .join('\n');
}

/**
 * A reply to `post` (or, without one, a statement) as the drill reads it at
 * simulated time `at`: the text analysis and the graded reading. The session
 * records exactly this; the studio shows it while an author types.
 */
export function readText(
  model: ScenarioModel,
  post: PostModel | undefined,
  text: string,
  at: number,
  /** Analyses already made in this drill, by addressee and text (the analysis depends on nothing else). */
  analysed?: Map<string, TextAnalysis>,
): { analysis: TextAnalysis; reading: Reading } {
  const customerName = post ? model.personas.find((p) => p.id === post.by)?.name : undefined;
  const key = `${customerName ?? ''}\u0000${text}`;
  let analysis = analysed?.get(key);
  if (!analysis) {
    analysis = analyseText(text, { language: model.language, ...(customerName !== undefined && { customerName }) });
    analysed?.set(key, analysis);
  }
  return { analysis, reading: readInContext(model, post, analysis, text, at) };
}

export function readInContext(
  model: ScenarioModel,
  post: PostModel | undefined,
  analysis: TextAnalysis,
  text: string,
  at: number,
): Reading {
  return readReply(
    analysis,
    {
      atFault: post ? post.companyAtFault : scenarioAtFault(model),
      postText: post ? post.text : crisisText(model),
      fixed: fixedAt(model, at),
    },
    text,
  );
}

/**
 * When a promise made at simulated time `at` falls due, in simulated time:
 * the deadline its words name, read against the scenario's wall clock
 * ("today" is 17:00 of the drill's day), else the scenario's default — unless
 * it is open-ended, when nothing falls due.
 */
export function promiseDeadline(
  model: ScenarioModel,
  promise: PromiseMatch,
  at: number,
): { deadline: number; named: boolean; openEnded: boolean } {
  const sent = model.startsAt + at;
  if (!promise.due || namesPastDate(promise.due, sent))
    // Without a time, an open-ended promise ("asiaa selvitetään") is never judged by the default.
    return { deadline: at + model.scoring.promiseDefaultDeadlineMs, named: false, openEnded: promise.openEnded === true };
  return { deadline: at + Math.max(0, resolveDue(promise.due, sent) - sent), named: true, openEnded: false };
}
