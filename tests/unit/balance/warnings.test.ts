// Each balance warning fires on a scenario made to deserve it, starting
// from the studio's new-scenario template (which itself has none).
import { describe, expect, it } from 'vitest';
import { balanceReport } from '../../../src/engine/balance/index.ts';
import { loadScenario } from '../../../src/engine/scenario/index.ts';
import type { ScenarioModel } from '../../../src/engine/model.ts';
import { scenarioTemplate } from '../../../src/ui/studio/files/template.ts';

const base = scenarioTemplate({
  language: 'en',
  company: 'Café Aurora',
  channels: ['page'],
  complaint: 'I waited an hour for a cold coffee.',
});

function model(text = base): ScenarioModel {
  const { model, diagnostics } = loadScenario(text, 'test.en.yaml');
  if (!model) throw new Error(diagnostics.map((d) => `${d.line} ${d.code} ${d.message}`).join('\n'));
  return model;
}
/** Validation would refuse this; the balance report must still describe it. */
function brokenModel(): ScenarioModel {
  const m = model();
  return {
    ...m,
    posts: [...m.posts, { ...m.posts[1], id: 'orphan' }],
    phases: m.phases.map((p) =>
      p.id === 'spark'
        ? { ...p, transitions: p.transitions.filter((t) => t.to !== 'resolved') }
        : p.id === 'spreading'
          ? { ...p, transitions: [] }
          : p,
    ),
  };
}
const codes = (m: ScenarioModel) => balanceReport(m).warnings.map((w) => w.code);

describe('balance warnings', () => {
  it('the template has none', () => {
    expect(codes(model())).toEqual([]);
  });

  // One mistake is charged once, in its own dimension: the non-apology costs
  // honesty; the lost good ending is the consequence, not a second charge.
  it("an expert's reference answer that is a non-apology: honesty below 85 and no good ending", () => {
    const text = base.replace(
      /reference_answer: \|\n {6}Hi Alex[^\n]*\n {6}Best, Pyry/,
      'reference_answer: "We are sorry if you feel that way, but per policy our staff acted correctly."',
    );
    expect(text).not.toBe(base);
    const report = balanceReport(model(text));
    expect(report.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['balance_expert_not_good']));
    expect(report.runs.expert.scores.honesty).toBeLessThan(85);
  });

  it('doing nothing that does not lose', () => {
    const text = base
      .replace('{ to: uproar, after: 40m }', '{ to: late, after: 40m }')
      .replace('  - id: uproar\n    name: The uproar ran away\n    calls_for: 1\n    ending: worst\n', '');
    expect(codes(model(text))).toContain('balance_nothing_not_worst');
  });

  it('a level that no condition asks for, and a good ending that needs escalating', () => {
    const m = model(base.replace('    calls_for: 1\n    virality: { reach: 1200', '    calls_for: 3\n    virality: { reach: 1200'));
    expect(codes(m)).toContain('balance_level_not_needed');
    const needs = model(base.replace('{ to: resolved, when: answered }', '{ to: resolved, when: { all: [answered, { escalated: 1 }] } }'));
    expect(codes(needs)).toContain('balance_good_needs_escalation');
    expect(balanceReport(needs).withoutEscalation).toEqual([{ below: 1, goodReachable: false }]);
  });

  it('a post without a reference answer is a note; the expert writes a plain one', () => {
    const text = base.replace(/ {4}reference_answer: \|\n {6}Hi Sam[^\n]*\n {6}Best, Pyry\n/, '');
    const report = balanceReport(model(text));
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'balance_no_reference', severity: 'info', post: 'copycat' }));
  });

  it('unreachable phases (with their level), dead ends and posts that never appear, on a model built around validation', () => {
    const report = balanceReport(brokenModel());
    const got = report.warnings.map((w) => `${w.code}:${w.phase ?? w.post ?? ''}`);
    expect(got).toEqual(
      expect.arrayContaining([
        'balance_no_good_ending:',
        'balance_dead_end:spreading',
        'balance_post_never_appears:orphan',
        'balance_phase_unreachable:late',
      ]),
    );
    expect(report.warnings.find((w) => w.phase === 'late')?.message.en).toMatch(/calls for level 1, but nothing leads there/);
  });

  it('every warning has both languages', () => {
    const m = brokenModel();
    const warnings = balanceReport(m).warnings;
    expect(warnings.length).toBeGreaterThan(5);
    for (const w of warnings) {
      expect(w.message.fi.length).toBeGreaterThan(10);
      expect(w.message.en.length).toBeGreaterThan(10);
    }
  });
});
