// Actions of the wrong shape, from a damaged save or a forged file, are
// refused by the session with a code; none of them throws, and none makes
// the world run past the scenario's end.
import { describe, expect, it } from 'vitest';
import { latestTime, MAX_TEXT_CHARS, runToResult, scoreRun, Session, type Action } from '../../../src/engine/play.ts';
import { modelOf } from '../../helpers/load.ts';

const model = modelOf('scenarios/shop-video.en.yaml');
const first = model.phases.find((p) => p.id === model.initial)!.posts[0];
const at = first.atMs + 60_000;

function refusedCode(action: unknown): string | undefined {
  const session = new Session(model, 1);
  const outcome = session.apply(action as Action);
  // The world stays usable after the refusal: its record and score build.
  expect(() => scoreRun(session.record())).not.toThrow();
  return outcome.ok ? undefined : outcome.code;
}

describe('the session refuses actions of the wrong shape, never throws', () => {
  it.each([
    ['a reply whose text is a number', { type: 'reply', at, post: first.post, text: 42, visibility: 'public' }, 'action_text_invalid'],
    [
      'a reply whose text is an object',
      { type: 'reply', at, post: first.post, text: { a: 1 }, visibility: 'public' },
      'action_text_invalid',
    ],
    [
      'a reply of an unknown visibility',
      { type: 'reply', at, post: first.post, text: 'Sorry', visibility: 'loud' },
      'action_visibility_invalid',
    ],
    ['a statement whose text is a list', { type: 'statement', at, text: ['a'] }, 'action_text_invalid'],
    ['a note whose text is a number', { type: 'note', at, text: 7, by: 'facilitator' }, 'action_text_invalid'],
    ['a phase whose reason is a number', { type: 'phase', at, phase: 'spreading', reason: 1, by: 'facilitator' }, 'action_text_invalid'],
    [
      'an injected post of an unknown severity',
      { type: 'inject', at, by: 'facilitator', adhoc: { id: 'x', persona: 'maija', channel: 'page', text: 'hi', severity: 'apocalyptic' } },
      'action_severity_invalid',
    ],
    [
      'a reply of more than the stated length',
      { type: 'reply', at, post: first.post, text: 'a'.repeat(MAX_TEXT_CHARS + 1), visibility: 'public' },
      'action_text_too_long',
    ],
    ['an action at 1e12 s', { type: 'note', at: 1e15, text: 'late', by: 'facilitator' }, 'action_time_out_of_range'],
  ])('%s', (_name, action, code) => {
    expect(refusedCode(action)).toBe(code);
  });

  it('an action just within the slack past the end is refused as after the end, not out of range', () => {
    expect(refusedCode({ type: 'note', at: latestTime(model.durationMs), text: 'late', by: 'facilitator' })).toBe('action_after_end');
  });

  it('a replayed log with an ad-hoc post of an unknown severity scores without throwing', () => {
    const log = [
      { type: 'inject', at, by: 'facilitator', adhoc: { id: 'x', persona: 'maija', channel: 'page', text: 'hi', severity: 'apocalyptic' } },
      { type: 'reply', at: at + 1000, post: 'x', text: 'We are sorry.', visibility: 'public' },
    ] as unknown as Action[];
    expect(() => runToResult(model, 1, log, { until: model.durationMs })).not.toThrow();
  });
});
