import { describe, expect, it } from 'vitest';
import { followUp, reply } from '../../../src/engine/run/actions.ts';
import { scoreRun, speedPoints } from '../../../src/engine/scoring/index.ts';
import { buildRecord, min } from './record.ts';
import { changesOnly, flagsOf } from './expect.ts';

const GOOD = 'Hei Maija, pyydämme anteeksi tylyä kohtelua kassalla. Hyvitämme kahvin. t. Pyry';

describe('speed.first-public-reply', () => {
  it('a slower first public reply lowers speed and nothing else', () => {
    const fast = buildRecord({ actions: [reply(min(10), 'complaint', GOOD)] });
    const slow = buildRecord({ actions: [reply(min(50), 'complaint', GOOD)] });
    const [a, b] = changesOnly(fast, slow, 'speed');
    expect(flagsOf(a, 'speed.first-public-reply')[0]).toMatchObject({ points: 10, max: 10, post: 'complaint', at: min(10), action: 0 });
    // high severity: target 20 min, zero at 80 min → 50 min is half way
    expect(flagsOf(b, 'speed.first-public-reply')[0].points).toBe(5);
    expect(flagsOf(b, 'speed.first-public-reply')[0].explain.en).toContain('50 min');
    expect(flagsOf(b, 'speed.first-public-reply')[0].explain.en).toContain('20 min');
  });

  it('is linear from the target to four times the target', () => {
    expect(speedPoints(0, 100)).toBe(10);
    expect(speedPoints(100, 100)).toBe(10);
    expect(speedPoints(250, 100)).toBe(5);
    expect(speedPoints(400, 100)).toBe(0);
    expect(speedPoints(1000, 100)).toBe(0);
  });

  it('a private reply does not count as the first public one; never answered publicly is 0 of 10', () => {
    const r = scoreRun(buildRecord({ actions: [reply(min(5), 'complaint', GOOD, 'private')] }));
    const f = flagsOf(r, 'speed.first-public-reply')[0];
    expect(f).toMatchObject({ points: 0, max: 10 });
    expect(f.explain.en).toContain('never got a public reply');
    expect(f.explain.fi.length).toBeGreaterThan(10);
  });

  it('caps a fast but harmful reply at 3 (first-but-wrong must not win)', () => {
    const r = scoreRun(buildRecord({ actions: [reply(min(2), 'complaint', 'Maija, et ole ymmärtänyt tilannetta.')] }));
    const f = flagsOf(r, 'speed.first-public-reply')[0];
    expect(f.points).toBe(3);
    expect(f.matches.map((m) => m.text)).toEqual(['et ole ymmärtänyt']);
  });

  it('denial caps only where the company was at fault', () => {
    const denial = 'Liisa, tämä ei pidä paikkaansa: lihamme on tuoretta.';
    const r = scoreRun(buildRecord({ actions: [reply(min(2), 'rumour', denial)] }));
    expect(flagsOf(r, 'speed.first-public-reply')[0].points).toBe(10);
  });

  it('leaves out a post that appeared too late to answer', () => {
    const r = scoreRun(buildRecord({ appeared: [['complaint', min(230)]], endedAt: min(240) }));
    expect(flagsOf(r, 'speed.first-public-reply')).toEqual([]);
  });
});

describe('speed.follow-up-on-time', () => {
  it('a kept promise adds credit to speed only', () => {
    const slow = 'Hei Maija, pyydämme anteeksi tylyä kohtelua kassalla. t. Pyry';
    const base = buildRecord({ actions: [reply(min(50), 'complaint', slow)] });
    const kept = buildRecord({
      actions: [reply(min(50), 'complaint', slow + ' Soitamme sinulle tänään.'), followUp(min(120), 'complaint', 'Maija, soitimme ja asia on hoidettu. t. Pyry')],
    });
    const [, b] = changesOnly(base, kept, 'speed');
    const f = flagsOf(b, 'speed.follow-up-on-time')[0];
    expect(f).toMatchObject({ points: 5, max: 5, action: 0 });
    expect(f.matches[0].text).toBe('Soitamme sinulle tänään');
  });

  it('a broken promise is 0 of 5; an open one not yet due is not scored', () => {
    const text = 'Hei Maija, pyydämme anteeksi. Soitamme sinulle tunnin sisällä. t. Pyry';
    const broken = scoreRun(buildRecord({ actions: [reply(min(5), 'complaint', text)], endedAt: min(120) }));
    expect(flagsOf(broken, 'speed.follow-up-on-time')[0]).toMatchObject({ points: 0, max: 5, at: min(65) });
    const open = scoreRun(buildRecord({ actions: [reply(min(5), 'complaint', text)], endedAt: min(30) }));
    expect(flagsOf(open, 'speed.follow-up-on-time')).toEqual([]);
  });
});
