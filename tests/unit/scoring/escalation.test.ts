import { describe, expect, it } from 'vitest';
import { escalate, reply } from '../../../src/engine/run/actions.ts';
import { escalationPoints, scoreRun } from '../../../src/engine/scoring/index.ts';
import { buildRecord, min } from './record.ts';
import { changesOnly, flagsOf } from './expect.ts';

const GOOD = 'Hei Maija, pyydämme anteeksi tylyä kohtelua kassalla. Hyvitämme kahvin. t. Pyry';

describe('escalation.level-reached', () => {
  const phases: [string, number][] = [
    ['spark', 0],
    ['spreading', min(30)],
  ];

  it('reaching the level a phase calls for raises escalation only', () => {
    const never = buildRecord({ actions: [reply(min(5), 'complaint', GOOD)], phases });
    const reached = buildRecord({ actions: [reply(min(5), 'complaint', GOOD), escalate(min(35), 1)], phases });
    const [a, b] = changesOnly(never, reached, 'escalation');
    expect(flagsOf(a, 'escalation.level-reached')[0]).toMatchObject({ points: 0, max: 10, id: 'escalation.level-reached:spreading' });
    expect(flagsOf(b, 'escalation.level-reached')[0]).toMatchObject({ points: 10, max: 10, at: min(35), action: 1 });
  });

  it.each([
    [min(20), 10], // before the phase
    [min(45), 10], // 15 min in
    [min(67.5), 5], // half way from 15 to 60 min
    [min(95), 0], // 65 min in
  ])('escalating at %d ms earns %d', (at, points) => {
    const r = scoreRun(buildRecord({ actions: [escalate(at, 1)], phases }));
    expect(flagsOf(r, 'escalation.level-reached')[0].points).toBe(points);
  });

  it('falls linearly between 15 and 60 minutes', () => {
    expect(escalationPoints(0)).toBe(10);
    expect(escalationPoints(min(15))).toBe(10);
    expect(escalationPoints(min(37.5))).toBe(5);
    expect(escalationPoints(min(60))).toBe(0);
  });

  it('does not count an escalation after the phase was over, nor a too-low level', () => {
    const after = scoreRun(
      buildRecord({
        actions: [escalate(min(50), 1)],
        phases: [
          ['spark', 0],
          ['spreading', min(10)],
          ['calm', min(40)],
        ],
      }),
    );
    expect(flagsOf(after, 'escalation.level-reached')[0].points).toBe(0);
    const low = scoreRun(
      buildRecord({
        actions: [escalate(min(22), 1)],
        phases: [
          ['spark', 0],
          ['media', min(20)],
        ],
      }),
    );
    expect(flagsOf(low, 'escalation.level-reached')[0].points).toBe(0);
  });

  it('leaves out a visit too short to react to', () => {
    const r = scoreRun(
      buildRecord({
        phases: [
          ['spark', 0],
          ['spreading', min(230)],
        ],
        endedAt: min(240),
      }),
    );
    expect(flagsOf(r, 'escalation.level-reached')).toEqual([]);
  });
});

describe('escalation.over-escalation', () => {
  it('jumping two levels above what was called for lowers escalation only', () => {
    const right = buildRecord({ actions: [reply(min(5), 'complaint', GOOD), escalate(min(10), 1)] });
    const ceo = buildRecord({ actions: [reply(min(5), 'complaint', GOOD), escalate(min(10), 3)] });
    const [, b] = changesOnly(right, ceo, 'escalation');
    expect(flagsOf(b, 'escalation.over-escalation')[0]).toMatchObject({ points: -15, at: min(10), action: 1 });
  });

  it('one level ahead is fine', () => {
    const r = scoreRun(buildRecord({ actions: [escalate(min(10), 1)] }));
    expect(flagsOf(r, 'escalation.over-escalation')).toEqual([]);
  });

  it('waking top management when the current phase calls for ≤ 1 costs 8', () => {
    const phases: [string, number][] = [
      ['spark', 0],
      ['media', min(10)],
      ['calm', min(60)],
    ];
    const r = scoreRun(buildRecord({ actions: [escalate(min(12), 2), escalate(min(70), 3)], phases }));
    expect(flagsOf(r, 'escalation.over-escalation').map((f) => f.points)).toEqual([-8]);
  });

  it('repeating the same level is not a new decision', () => {
    const r = scoreRun(buildRecord({ actions: [escalate(min(10), 3), escalate(min(20), 3)] }));
    expect(flagsOf(r, 'escalation.over-escalation')).toHaveLength(1);
  });
});
