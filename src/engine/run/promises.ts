// The promises a reply makes and the follow-ups that keep them: records the
// session files, schedules (an open promise breaks at its deadline) and
// turns into facts for the scenario's conditions.
import type { PostModel, ScenarioModel } from '../model.ts';
import type { TextAnalysis } from '../text/types.ts';
import { promiseDeadline } from './read.ts';
import type { PromiseRecord } from './record.ts';

/** The promises in a reply to `post`, numbered on from `before`; in the faultless play every timed one is kept at once. */
export function promisesMade(
  model: ScenarioModel,
  post: PostModel,
  analysis: TextAnalysis,
  at: number,
  index: number,
  before: number,
  ideal: boolean,
): PromiseRecord[] {
  return analysis.promises.map((m, i) => {
    const { deadline, named, openEnded } = promiseDeadline(model, m, at);
    const record: PromiseRecord = {
      id: `promise-${before + i + 1}`,
      action: index,
      post: post.id,
      persona: post.by,
      madeAt: at,
      deadline,
      deadlineNamed: named,
      match: { start: m.start, end: m.end, text: m.text },
      status: 'open',
      // An open-ended promise is never broken, so nothing falls due.
      ...(openEnded && { openEnded: true as const }),
    };
    // The faultless trainee keeps every promise, at the latest on time.
    if (ideal && !openEnded) Object.assign(record, { status: 'kept', resolvedAt: at });
    return record;
  });
}

/**
 * A promise is kept by a follow-up to the same person, or a later message
 * in the same conversation, before its deadline — not by an unrelated
 * reply to them elsewhere.
 */
export function keepPromises(promises: PromiseRecord[], action: { type: string; at: number }, post: PostModel, index: number): void {
  for (const p of promises) {
    const reaches = action.type === 'follow_up' ? p.persona === post.by : p.post === post.id;
    if (p.status === 'open' && reaches && action.at <= p.deadline && p.action !== index) {
      p.status = 'kept';
      p.resolvedAt = action.at;
      p.keptBy = index;
    }
  }
}
