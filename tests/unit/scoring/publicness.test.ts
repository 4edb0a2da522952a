import { describe, expect, it } from 'vitest';
import { followUp, hide, remove, reply, statement } from '../../../src/engine/run/actions.ts';
import { scoreRun } from '../../../src/engine/scoring/index.ts';
import { buildRecord, min } from './record.ts';
import { changesOnly, flagsOf } from './expect.ts';

const GOOD = 'Hei Maija, pyydämme anteeksi tylyä kohtelua kassalla. Hyvitämme kahvin. t. Pyry';
const first = (r: ReturnType<typeof scoreRun>) => flagsOf(r, 'publicness.first-reply-public')[0];

describe('publicness.first-reply-public', () => {
  it('going private first lowers publicness only', () => {
    const pub = buildRecord({ actions: [reply(min(5), 'complaint', GOOD)] });
    const dmFirst = buildRecord({ actions: [reply(min(5), 'complaint', GOOD, 'private'), reply(min(10), 'complaint', GOOD)] });
    const [a, b] = changesOnly(pub, dmFirst, 'publicness');
    expect(first(a)).toMatchObject({ points: 10, max: 10 });
    expect(first(b)).toMatchObject({ points: 5, max: 10 });
  });

  it('private only earns 2; no reply 0', () => {
    expect(first(scoreRun(buildRecord({ actions: [reply(min(5), 'complaint', GOOD, 'private')] }))).points).toBe(2);
    expect(first(scoreRun(buildRecord({ appeared: [['complaint', 0]] }))).points).toBe(0);
  });

  it('a public reply in a thread later deleted earns nothing', () => {
    const r = scoreRun(buildRecord({ actions: [reply(min(5), 'complaint', GOOD), remove(min(10), 'complaint')] }));
    expect(first(r).points).toBe(0);
    expect(first(r).explain.en).toContain('deleted');
  });
});

describe('publicness.delete-criticism and hide-criticism', () => {
  it.each([
    ['publicness.delete-criticism', remove, -30, -5],
    ['publicness.hide-criticism', hide, -20, -3],
  ] as const)('%s lowers publicness only', (rule, act, criticism, troll) => {
    const base = buildRecord({
      actions: [reply(min(5), 'complaint', GOOD)],
      appeared: [
        ['complaint', 0],
        ['trollpost', 0],
        ['copycat', 0],
      ],
    });
    const withTroll = buildRecord({
      actions: [reply(min(5), 'complaint', GOOD), act(min(10), 'trollpost')],
      appeared: [
        ['complaint', 0],
        ['trollpost', 0],
        ['copycat', 0],
      ],
    });
    const [, b] = changesOnly(base, withTroll, 'publicness');
    expect(flagsOf(b, rule)[0]).toMatchObject({ points: troll, post: 'trollpost', action: 1 });
    const withCopycat = buildRecord({
      actions: [reply(min(5), 'complaint', GOOD), act(min(10), 'copycat')],
      appeared: [
        ['complaint', 0],
        ['trollpost', 0],
        ['copycat', 0],
      ],
    });
    const [, c] = changesOnly(base, withCopycat, 'publicness');
    expect(flagsOf(c, rule)[0]).toMatchObject({ points: criticism, post: 'copycat' });
  });
});

describe('publicness.public-statement', () => {
  const phases: [string, number][] = [
    ['spark', 0],
    ['spreading', min(20)],
    ['media', min(40)],
  ];
  const GOOD_STATEMENT = 'Pyydämme anteeksi asiakkaallemme kassalla sattunutta. Olemme hyvittäneet ostoksen. – toimitusjohtaja Anna Koski';

  it('a statement when a phase called for level 2 raises publicness only', () => {
    const none = buildRecord({ actions: [reply(min(5), 'complaint', GOOD)], phases });
    const made = buildRecord({ actions: [reply(min(5), 'complaint', GOOD), statement(min(45), GOOD_STATEMENT)], phases });
    const [a, b] = changesOnly(none, made, 'publicness');
    expect(flagsOf(a, 'publicness.public-statement')[0]).toMatchObject({ points: 0, max: 10 });
    expect(flagsOf(b, 'publicness.public-statement')[0]).toMatchObject({ points: 10, max: 10, action: 1 });
  });

  it('is late (5 of 10) half an hour after the worst phase began', () => {
    const r = scoreRun(buildRecord({ actions: [reply(min(5), 'complaint', GOOD), statement(min(80), GOOD_STATEMENT)], phases }));
    expect(flagsOf(r, 'publicness.public-statement')[0].points).toBe(5);
  });

  it('is not scored when no phase called for a statement', () => {
    const r = scoreRun(
      buildRecord({
        actions: [reply(min(5), 'complaint', GOOD)],
        phases: [
          ['spark', 0],
          ['spreading', min(20)],
        ],
      }),
    );
    expect(flagsOf(r, 'publicness.public-statement')).toEqual([]);
  });
});

describe('publicness.close-loop', () => {
  it('a public follow-up after going private raises publicness only', () => {
    const open = buildRecord({
      actions: [reply(min(5), 'complaint', GOOD), reply(min(10), 'complaint', 'Maija, laitatko numerosi?', 'private')],
    });
    const closed = buildRecord({
      actions: [
        reply(min(5), 'complaint', GOOD),
        reply(min(10), 'complaint', 'Maija, laitatko numerosi?', 'private'),
        followUp(min(40), 'complaint', 'Maija, soitimme sinulle ja sovimme hyvityksestä. Kiitos! t. Pyry'),
      ],
    });
    const [a, b] = changesOnly(open, closed, 'publicness');
    expect(flagsOf(a, 'publicness.close-loop')[0]).toMatchObject({ points: 0, max: 5, action: 1 });
    expect(flagsOf(b, 'publicness.close-loop')[0]).toMatchObject({ points: 5, max: 5, action: 2 });
  });

  it('applies only to posts where the trainee went private', () => {
    expect(flagsOf(scoreRun(buildRecord({ actions: [reply(min(5), 'complaint', GOOD)] })), 'publicness.close-loop')).toEqual([]);
  });
});
