// The new-scenario wizard's file: valid with no diagnostics at all for any
// choice of channels, in both languages, whatever the trainer types; and
// winnable by the expert while doing nothing loses.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/engine/scenario/index.ts';
import { balanceReport } from '../../../src/engine/balance/index.ts';
import { CHANNEL_KINDS, scenarioTemplate, slug } from '../../../src/ui/studio/files/template.ts';

const awkward = 'Tilaus #48213: "väärin"!\n\n  - ei: näin\n{ kiitos: ei }';

describe('scenarioTemplate', () => {
  for (const language of ['fi', 'en'] as const)
    for (const channels of [[], ['page'], ['press'], ['chat', 'press'], CHANNEL_KINDS] as (typeof CHANNEL_KINDS)[])
      it(`${language}, channels [${channels.join(', ')}]: zero diagnostics`, () => {
        const text = scenarioTemplate({ language, company: 'Kahvila "Ässä": #1', channels, complaint: awkward, customer: 'Ääpeli Öhman' });
        const { model, diagnostics } = loadScenario(text, `new.${language}.yaml`);
        expect(diagnostics.map((d) => `${d.line} ${d.code} ${d.message}`)).toEqual([]);
        expect(model?.posts.find((p) => p.id === 'complaint')?.text.trim()).toBe(
          awkward
            .split('\n')
            .map((l) => l.trimEnd())
            .join('\n'),
        );
        expect(model?.company).toBe('Kahvila "Ässä": #1');
        expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../static/kohu-scenario.schema.json');
      });

  it('plays as a scenario should: the expert wins, doing nothing loses, no warnings', () => {
    const { model } = loadScenario(
      scenarioTemplate({ language: 'fi', company: 'Kahvila Aurora', channels: ['page', 'press'], complaint: 'Odotin tunnin.' }),
      'x.fi.yaml',
    );
    const report = balanceReport(model!);
    expect(report.runs.expert.ending?.kind).toBe('good');
    expect(report.runs.expert.scores.total).toBeGreaterThanOrEqual(85);
    expect(report.runs.nothing.ending?.kind).toBe('worst');
    expect(report.warnings).toEqual([]);
  });

  it('an empty form still gives a valid file', () => {
    const { diagnostics } = loadScenario(scenarioTemplate({ language: 'en', company: '', channels: [], complaint: '' }), 'x.yaml');
    expect(diagnostics).toEqual([]);
  });

  it('slugs are valid ids', () => {
    expect(slug('Café Aurora')).toBe('cafe-aurora');
    expect(slug('Ässä & Co')).toBe('assa-co');
    expect(slug('123')).toBe('scenario-123');
    expect(slug('')).toBe('scenario');
  });
});
