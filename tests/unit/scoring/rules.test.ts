// Structural checks over every rule: each emits flags of its own dimension
// only, removing it moves only its dimension, ids are unique, explanations
// exist in both languages, and evidence ranges slice the texts they cite.
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, type Dimension } from '../../../src/engine/model.ts';
import type { Flag } from '../../../src/engine/scoring/types.ts';
import { escalate, followUp, hide, remove, reply, statement } from '../../../src/engine/run/actions.ts';
import { RULES, scoreRun } from '../../../src/engine/scoring/index.ts';
import { buildRecord, min } from './record.ts';

// A run that makes every rule fire at least once, without driving any
// dimension to 0 or 100 (so that removing a rule visibly moves its score).
const SAME = 'Pahoittelemme, jos joku pahoitti mielensä. Emme ole tehneet mitään väärää tässä asiassa.';
const messy = buildRecord({
  appeared: [
    ['complaint', 0],
    ['copycat', min(5)],
    ['rumour', min(10)],
    ['trollpost', min(12)],
    ['fanpost', min(12)],
  ],
  phases: [
    ['spark', 0],
    ['spreading', min(20)],
    ['media', min(40)],
    ['national', min(100)],
  ],
  endedAt: min(26 * 60),
  actions: [
    escalate(min(10), 2),
    reply(
      min(30),
      'complaint',
      'Hei Maija, pyydämme anteeksi kylmää kahvia, mutta alihankkijamme teki virheen. Soitamme huomenna. Tämä ei toistu koskaan. t. Pyry',
    ),
    remove(min(35), 'trollpost'),
    hide(min(36), 'fanpost'),
    followUp(min(40), 'complaint', SAME),
    reply(min(45), 'rumour', SAME),
    reply(min(46), 'rumour', 'Liisa, olet väärässä. Selvitämme asian ja palaamme asiaan tänään.', 'private'),
    statement(min(140), 'Kyseessä oli yksittäistapaus.'),
    escalate(min(150), 3),
  ],
});

describe('every rule', () => {
  const report = scoreRun(messy);

  it('fires on the messy run', () => {
    for (const rule of RULES)
      expect(
        report.flags.some((f) => f.rule === rule.id),
        rule.id,
      ).toBe(true);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s emits flags of its own dimension only', (_id, rule) => {
    for (const f of rule.apply(messy)) {
      expect(f.dimension).toBe(rule.dimension);
      expect(f.rule).toBe(rule.id);
      expect(f.id.startsWith(`${rule.id}:`)).toBe(true);
    }
  });

  // The documented formula before clamping and rounding: with every honesty
  // penalty present at once the clamped score sits at 0, but the raw value
  // still shows which dimension a rule moves.
  const raw = (flags: Flag[], d: Dimension) => {
    const own = flags.filter((f) => f.dimension === d);
    const credits = own.filter((f) => f.max !== undefined);
    const max = credits.reduce((s, f) => s + f.max!, 0);
    const base = max > 0 ? (100 * credits.reduce((s, f) => s + f.points, 0)) / max : 100;
    return base + own.filter((f) => f.max === undefined).reduce((s, f) => s + f.points, 0);
  };

  it.each(RULES.map((r) => [r.id, r] as const))('%s: removing it moves only its dimension', (_id, rule) => {
    const without = scoreRun(
      messy,
      {},
      RULES.filter((r) => r !== rule),
    );
    for (const d of DIMENSIONS) if (d !== rule.dimension) expect(without.scores[d], d).toBe(report.scores[d]);
    expect(raw(without.flags, rule.dimension)).not.toBe(raw(report.flags, rule.dimension));
  });

  it('gives unique ids, both languages and exact evidence', () => {
    expect(new Set(report.flags.map((f) => f.id)).size).toBe(report.flags.length);
    for (const f of report.flags) {
      expect(f.explain.fi.length, f.id).toBeGreaterThan(15);
      expect(f.explain.en.length, f.id).toBeGreaterThan(15);
      expect(f.explain.fi).not.toBe(f.explain.en);
      if (f.max !== undefined) expect(f.points).toBeLessThanOrEqual(f.max);
      if (f.matches.length > 0) {
        const a = messy.log[f.action!];
        const text = 'text' in a ? a.text : '';
        for (const m of f.matches) expect(text.slice(m.start, m.end), f.id).toBe(m.text);
      }
    }
  });

  it('is deterministic', () => {
    expect(scoreRun(messy)).toEqual(report);
  });
});
