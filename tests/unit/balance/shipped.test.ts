// The balance report of every shipped scenario: winnable by the expert's
// reference answers, lost by doing nothing, and nothing to warn about
// except notes (severity "info").
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { balanceReport, CARELESS_MAX, EXPERT_MIN_TOTAL, NOTHING_MAX_TOTAL } from '../../../src/engine/balance/index.ts';
import { replay } from '../../../src/engine/play.ts';
import { pathToPhase } from '../../../src/engine/balance/index.ts';
import { ROOT, modelOf } from '../../helpers/load.ts';

const files = readdirSync(resolve(ROOT, 'scenarios'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe.each(files)('balance report of %s', (file) => {
  const model = modelOf(`scenarios/${file}`);
  const report = balanceReport(model);

  it('reaches every phase and a good ending, with no dead ends or posts that never appear', () => {
    expect(report.explore.phases.filter((p) => !p.reachable).map((p) => p.id)).toEqual([]);
    expect(report.explore.goodEndingReachable).toBe(true);
    expect(report.explore.deadEnds).toEqual([]);
    expect(report.explore.postsNeverAppearing).toEqual([]);
  });

  it(`the expert's reference answers reach a good ending with at least ${EXPERT_MIN_TOTAL}`, () => {
    expect(report.runs.expert.ending?.kind).toBe('good');
    expect(report.runs.expert.scores.total).toBeGreaterThanOrEqual(EXPERT_MIN_TOTAL);
    expect(report.runs.expert.rejected).toBe(0);
  });

  it(`doing nothing ends in the worst ending with at most ${NOTHING_MAX_TOTAL}, within the drill`, () => {
    expect(report.runs.nothing.ending?.kind).toBe('worst');
    expect(report.runs.nothing.scores.total).toBeLessThanOrEqual(NOTHING_MAX_TOTAL);
    expect(report.runs.nothing.endedAt).toBeLessThan(model.durationMs);
    expect(report.runs.nothing.log).toEqual([]);
  });

  it(`the careless player scores at most ${CARELESS_MAX} on publicness and honesty`, () => {
    expect(report.runs.careless.scores.publicness).toBeLessThanOrEqual(CARELESS_MAX);
    expect(report.runs.careless.scores.honesty).toBeLessThanOrEqual(CARELESS_MAX);
  });

  it('best and worst per score are the extremes of the runs', () => {
    for (const [key, { best, worst }] of Object.entries(report.range)) {
      const all = Object.values(report.runs).map((r) => r.scores[key as keyof typeof r.scores]);
      expect(best.score).toBe(Math.max(...all));
      expect(worst.score).toBe(Math.min(...all));
    }
  });

  it('has no warnings, only notes', () => {
    expect(report.warnings.filter((w) => w.severity === 'warning').map((w) => w.code)).toEqual([]);
  });

  it('a jump to any phase replays to that phase', () => {
    for (const p of model.phases) {
      const jump = pathToPhase(model, p.id, 1, report.explore);
      expect(jump.reached, `${p.id} via ${jump.via}`).toBe(true);
      const session = replay(model, 1, jump.log, jump.at);
      expect(session.phaseHistory.map((v) => v.phase)).toContain(p.id);
      expect(session.phase()).toBe(p.id);
    }
  });

  it('is a pure function of the model', () => {
    expect(balanceReport(model)).toEqual(report);
  });
});
