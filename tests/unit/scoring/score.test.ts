import { describe, expect, it } from 'vitest';
import { reply } from '../../../src/engine/run/actions.ts';
import { applyOverrides, dimensionScore, RULES, runRules, scoreRun, summarise, weightedTotal } from '../../../src/engine/scoring/index.ts';
import type { Flag } from '../../../src/engine/scoring/types.ts';
import { buildRecord, min, tinyModel } from './record.ts';

const credit = (points: number, max: number, id = `c${points}/${max}`): Flag => ({
  id,
  rule: 'test.credit',
  dimension: 'speed',
  points,
  max,
  at: 0,
  matches: [],
  explain: { fi: 'x', en: 'x' },
});
const penalty = (points: number, id = `p${points}`): Flag => ({ ...credit(0, 0, id), rule: 'test.penalty', points, max: undefined });

describe('the formula', () => {
  it('is 100 × earned / max plus penalties, rounded', () => {
    expect(dimensionScore([credit(5, 10), credit(5, 5)])).toBe(67);
    expect(dimensionScore([credit(5, 10), penalty(-10)])).toBe(40);
    expect(dimensionScore([credit(2.5, 10)])).toBe(25);
  });
  it('starts from 100 without credit flags', () => {
    expect(dimensionScore([])).toBe(100);
    expect(dimensionScore([penalty(-15), penalty(-8)])).toBe(77);
  });
  it('clamps to 0..100', () => {
    expect(dimensionScore([credit(1, 10), penalty(-30)])).toBe(0);
    expect(dimensionScore([credit(10, 10), penalty(5)])).toBe(100);
  });
  it('weights the total', () => {
    const scores = { speed: 100, honesty: 0, publicness: 50, escalation: 50 };
    expect(weightedTotal(scores, { speed: 1, honesty: 1, publicness: 1, escalation: 1 })).toBe(50);
    expect(weightedTotal(scores, { speed: 2, honesty: 0, publicness: 1, escalation: 1 })).toBe(75);
    expect(weightedTotal(scores, { speed: 0, honesty: 0, publicness: 0, escalation: 0 })).toBe(50);
  });
  it('uses the scenario weights in scoreRun', () => {
    const actions = [reply(min(5), 'complaint', 'Olet väärässä.')];
    const even = scoreRun(buildRecord({ actions }));
    const model = tinyModel('fi', {});
    model.scoring.weights = { speed: 0, honesty: 1, publicness: 0, escalation: 0 };
    const honestyOnly = scoreRun(buildRecord({ model, actions }));
    expect(honestyOnly.scores).toEqual(even.scores);
    expect(honestyOnly.total).toBe(even.scores.honesty);
  });
  it('scoreRun = summarise(applyOverrides(runRules))', () => {
    const record = buildRecord({ actions: [reply(min(30), 'complaint', 'Pahoittelemme, jos joku pahoitti mielensä.')] });
    const overrides = { 'speed.first-public-reply:complaint': { decision: 'adjust' as const, points: 10, reason: 'slow network' } };
    expect(scoreRun(record, overrides)).toEqual(
      summarise(applyOverrides(runRules(record, RULES), overrides), record.model.scoring.weights),
    );
  });
});

describe('overrides', () => {
  const flags = [credit(4, 10, 'c'), penalty(-10, 'p')];
  it('reject says the rule does not apply: a penalty goes to 0, an opportunity drops out of the tally', () => {
    const out = applyOverrides(flags, {
      c: { decision: 'reject', reason: 'not fair', by: 'Facilitator' },
      p: { decision: 'reject', reason: 'they did apologise' },
    });
    expect(out[0]).toMatchObject({
      points: 0,
      max: 10,
      originalPoints: 4,
      override: { decision: 'reject', reason: 'not fair', by: 'Facilitator' },
    });
    expect(out[1]).toMatchObject({ points: 0, originalPoints: -10, override: { decision: 'reject', reason: 'they did apologise' } });
    // 4 of 10 rejected leaves no opportunity at all, and the penalty is gone: 100.
    expect(dimensionScore(out)).toBe(100);
    expect(dimensionScore([...out, credit(5, 10, 'd')])).toBe(50);
  });
  it('adjust sets points, within 0..max for credit flags', () => {
    const out = applyOverrides(flags, {
      c: { decision: 'adjust', points: 12, reason: 'full marks' },
      p: { decision: 'adjust', points: -4, reason: 'milder' },
    });
    expect(out.map((f) => f.points)).toEqual([10, -4]);
    expect(out.map((f) => f.originalPoints)).toEqual([4, -10]);
    expect(dimensionScore(out)).toBe(96);
  });
  it('accept changes nothing but records the decision', () => {
    const [c] = applyOverrides(flags, { c: { decision: 'accept', reason: 'agreed' } });
    expect(c.points).toBe(4);
    expect(c.originalPoints).toBeUndefined();
    expect(c.override).toEqual({ decision: 'accept', reason: 'agreed' });
  });
  it('leaves flags without an override untouched', () => {
    expect(applyOverrides(flags, {})).toEqual(flags);
  });
  it('moves the score in scoreRun', () => {
    const record = buildRecord({ actions: [reply(min(5), 'complaint', 'Hei Maija, pyydämme anteeksi kylmää kahvia. Olet väärässä.')] });
    const before = scoreRun(record);
    const reading = before.flags.find((f) => f.rule === 'honesty.reply-reading')!;
    expect(reading.points).toBe(0);
    const after = scoreRun(record, { [reading.id]: { decision: 'adjust', points: 10, reason: 'it was a joke between friends' } });
    expect(after.scores.honesty).toBe(100);
    expect(after.scores.speed).toBe(before.scores.speed);
  });
});
