import { describe, expect, it } from 'vitest';
import { reply } from '../../../src/engine/run/actions.ts';
import { scoreRun, speedPoints } from '../../../src/engine/scoring/index.ts';
import { buildRecord, min } from './record.ts';
import { changesOnly, flagsOf } from './expect.ts';

const GOOD = 'Hei Maija, pyydämme anteeksi tylyä kohtelua kassalla. Hyvitämme kahvin. t. Pyry';

describe('speed.first-reply', () => {
  it('a slower first public reply lowers speed and nothing else', () => {
    const fast = buildRecord({ actions: [reply(min(10), 'complaint', GOOD)] });
    const slow = buildRecord({ actions: [reply(min(50), 'complaint', GOOD)] });
    const [a, b] = changesOnly(fast, slow, 'speed');
    expect(flagsOf(a, 'speed.first-reply')[0]).toMatchObject({ points: 10, max: 10, post: 'complaint', at: min(10), action: 0 });
    // high severity: target 20 min, zero at 80 min → 50 min is half way
    expect(flagsOf(b, 'speed.first-reply')[0].points).toBe(5);
    expect(flagsOf(b, 'speed.first-reply')[0].explain.en).toContain('50 min');
    expect(flagsOf(b, 'speed.first-reply')[0].explain.en).toContain('20 min');
  });

  it('is linear from the target to four times the target', () => {
    expect(speedPoints(0, 100)).toBe(10);
    expect(speedPoints(100, 100)).toBe(10);
    expect(speedPoints(250, 100)).toBe(5);
    expect(speedPoints(400, 100)).toBe(0);
    expect(speedPoints(1000, 100)).toBe(0);
  });

  it('a private reply counts for speed — privacy is publicness’s business —; never answered is 0 of 10', () => {
    const dm = scoreRun(buildRecord({ actions: [reply(min(5), 'complaint', GOOD, 'private')] }));
    expect(flagsOf(dm, 'speed.first-reply')[0]).toMatchObject({ points: 10, max: 10 });
    expect(flagsOf(dm, 'speed.first-reply')[0].explain.en).toContain('private message');
    const none = scoreRun(buildRecord({ appeared: [['complaint', 0]] }));
    const f = flagsOf(none, 'speed.first-reply')[0];
    expect(f).toMatchObject({ points: 0, max: 10 });
    expect(f.explain.en).toContain('never got a reply');
  });

  it('a fast but harmful reply is charged in honesty, not again in speed', () => {
    const good = buildRecord({ actions: [reply(min(2), 'complaint', GOOD)] });
    const harmful = buildRecord({ actions: [reply(min(2), 'complaint', 'Maija, et ole ymmärtänyt tilannetta.')] });
    changesOnly(good, harmful, 'honesty');
  });

  it('a drill the trainee ended early counts a post still waiting, however recent', () => {
    const base = { appeared: [['complaint', min(20)]] as [string, number][], endedAt: min(25) };
    expect(flagsOf(scoreRun(buildRecord(base)), 'speed.first-reply')).toEqual([]);
    const quit = buildRecord(base);
    quit.endReason = 'trainee';
    expect(flagsOf(scoreRun(quit), 'speed.first-reply')[0]).toMatchObject({ points: 0, max: 10 });
  });

  it('leaves out a post that appeared too late to answer', () => {
    const r = scoreRun(buildRecord({ appeared: [['complaint', min(230)]], endedAt: min(240) }));
    expect(flagsOf(r, 'speed.first-reply')).toEqual([]);
  });
});
