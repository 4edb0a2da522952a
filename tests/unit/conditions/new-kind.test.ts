// Adding a condition kind is one file plus one registration (issue 9): the
// kind in tests/fixtures/conditions/replied-times.ts, never named anywhere
// in the engine, is validated (with a code and a position), compiled,
// evaluated in a drill, described in both languages, explored, and offered
// by the studio's completion. The authoring side is imported only after the
// kind is registered: building the scenario schema closes the registry.
import { describe, expect, it } from 'vitest';
import { conditionKinds, describeCond, registerConditionKind } from '../../../src/engine/conditions/index.ts';
import { repliedTimes } from '../../fixtures/conditions/replied-times.ts';

registerConditionKind(repliedTimes);
const { loadScenario, explore, descriptionFi } = await import('../../../src/engine/authoring.ts');
const { Session, actions } = await import('../../../src/engine/play.ts');
const { fieldsOf, schemasAt } = await import('../../../src/lsp/schema-info.ts');
const { refKindAt } = await import('../../../src/lsp/occurrences.ts');

const M = 60_000;

/** A scenario whose only way to the good ending is the new kind. */
const scenario = (when: string) => `kohu: 1
id: twice
language: en
title: Answer twice
summary: A customer needs two answers.
role: Customer service
company: Example Shop
objectives: [Answer twice.]
channels: [{ id: page, kind: page, name: Example Shop }]
personas: [{ id: maija, name: Maija, temperament: angry }]
posts:
  - { id: late, by: maija, on: page, text: My order is late!, company_at_fault: true }
phases:
  - id: spark
    name: Spark
    posts: [{ post: late }]
    transitions:
      - { to: calm, when: ${when} }
      - { to: spreading, after: 30m }
  - { id: calm, name: Calm, ending: good }
  - { id: spreading, name: Spreading, ending: worst }
`;

const GOOD = scenario('{ replied_times: { post: late, times: 2 } }');

describe('a condition kind from one file', () => {
  it('is in the registry after its one registration', () => {
    expect(conditionKinds().map((k) => k.key)).toContain('replied_times');
    expect(() => registerConditionKind(repliedTimes)).toThrow(/before the scenario schema is built/);
  });

  it('is validated: a bad value and an unknown post each get a code and a position', () => {
    expect(loadScenario(GOOD).diagnostics).toEqual([]);
    const expectOne = (when: string, value: string, code: string) => {
      const text = scenario(when);
      const offset = text.indexOf(value, text.indexOf('replied_times'));
      const line = text.slice(0, offset).split('\n').length;
      const col = offset - text.lastIndexOf('\n', offset - 1);
      expect(loadScenario(text).diagnostics.map((d) => [d.code, d.line, d.col])).toEqual([[code, line, col]]);
    };
    expectOne('{ replied_times: { post: late, times: 0 } }', '0', 'schema_out_of_range');
    expectOne('{ replied_times: { post: lat, times: 2 } }', 'lat', 'ref_unknown_post');
    expectOne('{ replied_times: { post: late, times: 2, public: true } }', 'public', 'schema_unknown_field');
  });

  it('is compiled into the model', () => {
    const { model } = loadScenario(GOOD);
    expect(model?.phases[0].transitions[0].when).toEqual({ kind: 'replied_times', post: 'late', times: 2 });
  });

  it('is evaluated in a drill: the second reply, not the first, ends it well', () => {
    const s = new Session(loadScenario(GOOD).model!, 1);
    s.apply(actions.reply(2 * M, 'late', 'We are sorry, your parcel is on its way.'));
    expect(s.phase()).toBe('spark');
    s.apply(actions.reply(4 * M, 'late', 'It arrives tomorrow before noon.'));
    expect(s.phase()).toBe('calm');
    expect(s.phaseHistory.at(-1)?.via).toBe('2 replies to late');
  });

  it('is described in English and Finnish, alone and combined', () => {
    const cond = { kind: 'replied_times', post: 'late', times: 2 };
    expect(describeCond(cond, 'en')).toBe('2 replies to late');
    expect(describeCond(cond, 'fi')).toBe('2 vastausta viestiin late');
    expect(describeCond({ kind: 'not', of: cond }, 'fi')).toBe('ei (2 vastausta viestiin late)');
  });

  it('is explored: the good ending is reachable through its atom', () => {
    const report = explore(loadScenario(GOOD).model!);
    expect(report.goodEndingReachable).toBe(true);
    const calm = report.phases.find((p) => p.id === 'calm');
    expect(calm?.steps?.map((s) => s.label)).toEqual([{ en: 'reply 2 times to late', fi: 'vastaa 2 kertaa viestiin late' }]);
  });

  it('is offered by the studio: the key with its words in both languages, and post ids where it names a post', () => {
    const when = ['phases', 0, 'transitions', 0, 'when'];
    const en = fieldsOf(schemasAt(when), 'en').find((f) => f.name === 'replied_times');
    const fi = fieldsOf(schemasAt(when), 'fi').find((f) => f.name === 'replied_times');
    expect(en?.description).toBe('The trainee has replied to a post at least this many times.');
    expect(fi?.description).toBe('Harjoittelija on vastannut viestiin vähintään näin monta kertaa.');
    expect(fieldsOf(schemasAt([...when, 'replied_times']), 'fi').map((f) => [f.name, f.description])).toEqual([
      ['post', 'Viesti, johon vastattiin.'],
      ['times', 'Vähintään näin monta vastausta.'],
    ]);
    expect(descriptionFi('How many replies at least.')).toBe('Vähintään näin monta vastausta.');
    expect(refKindAt([...when, 'replied_times', 'post'])).toBe('posts');
    expect(refKindAt([...when, 'replied_times', 'times'])).toBeNull();
  });
});
