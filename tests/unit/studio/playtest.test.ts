// Play-as-you-write: the playtest's log replayed on an edited scenario, and
// the differences worded as data.
import { describe, expect, it } from 'vitest';
import { replay, scoreRun, type Action, type ScenarioModel } from '../../../src/engine/play.ts';
import { diffRuns, summarise } from '../../../src/ui/studio/playtest/run-diff.ts';
import { modelOf } from '../../helpers/load.ts';

const M = 60_000;
const model = modelOf('scenarios/shop-video.en.yaml');
const video = model.posts.find((p) => p.id === 'video')!;
const log: Action[] = [
  { type: 'reply', at: 3 * M, post: 'video', text: video.referenceAnswer!, visibility: 'public' },
  { type: 'escalate', at: 13 * M, level: 1, note: '' },
];

function run(m: ScenarioModel, until = 20 * M) {
  const s = replay(m, 1, log, until);
  return summarise(s, log, scoreRun(s.record()));
}

describe('run diff', () => {
  const before = run(model);

  it('the same scenario gives no differences', () => {
    expect(diffRuns(before, run(model), log)).toEqual([]);
  });

  it('a shorter timer moves a phase, its posts and the scores', () => {
    const edited = {
      ...model,
      phases: model.phases.map((p) =>
        p.id === 'spark' ? { ...p, transitions: p.transitions.map((t) => (t.afterMs ? { ...t, afterMs: 5 * M } : t)) } : p,
      ),
    };
    const diff = diffRuns(before, run(edited), log);
    expect(diff).toContainEqual({
      kind: 'phase',
      index: 1,
      before: { phase: 'spreading', at: 12 * M },
      after: { phase: 'spreading', at: 5 * M },
    });
    expect(diff).toContainEqual({ kind: 'post', post: 'copycat', before: 14 * M, after: 7 * M });
  });

  it('an action the new version refuses is reported with its reason', () => {
    const edited = {
      ...model,
      phases: model.phases.map((p) => (p.id === 'spark' ? { ...p, posts: [{ post: 'video', atMs: 5 * M }] } : p)),
    };
    const diff = diffRuns(before, run(edited), log);
    expect(diff).toContainEqual(expect.objectContaining({ kind: 'refused', index: 0, message: expect.stringMatching(/has not appeared/) }));
    expect(diff).toContainEqual({ kind: 'post', post: 'video', before: 0, after: 5 * M });
    expect(diffRuns(run(edited), before, log)).toContainEqual({ kind: 'accepted', index: 0, action: log[0] });
  });
});
