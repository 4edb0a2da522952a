// Every diagnostic in Finnish as well: each code of the catalogue, built with
// sample parameters (every branch of its wording), says something in Finnish
// that is not just the English again; so does every diagnostic the invalid
// samples, the translation check and play scripts produce. The schema's
// field descriptions, which hints quote, all have a Finnish version, and
// places in the file read as Finnish ("vaiheen `spark` 1. siirtymästä").
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import * as d from '../../../src/engine/scenario/diagnostics.ts';
import { CATALOGUE, diagnosticText, formatDiagnostic, loadScenario } from '../../../src/engine/scenario/index.ts';
import type { Diagnostic } from '../../../src/engine/scenario/index.ts';
import type { Code, Params, Place } from '../../../src/engine/scenario/diagnostic-params.ts';
import { Source } from '../../../src/engine/scenario/1-parse/source.ts';
import { Scenario } from '../../../src/engine/scenario/schema.ts';
import { DESCRIPTIONS_FI } from '../../../src/engine/scenario/schema-fi.ts';
import { place } from '../../../src/engine/scenario/2-validate/words.ts';
import { compareTranslations } from '../../../src/engine/scenario/translations.ts';
import { loadScript } from '../../../src/engine/script/load-script.ts';
import { modelOf, ROOT } from '../../helpers/load.ts';

const both = (en: string, fi: string) => ({ en, fi });
const where: Place = { en: 'Phase `spark`', fi: { ela: 'Vaiheesta `spark`', ine: 'Vaiheessa `spark`' } };
const ref = { name: 'maja', known: ['maija', 'pekka'] };
const about = both('A persona id.', 'Henkilön tunniste.');
const none = both('', '');

/** Sample parameters for every code, one per way its text can read. The type makes each code required. */
const SAMPLES: { [C in Code]: Params[C][] } = {
  input_empty: [undefined],
  input_too_large: [{ bytes: 2_345_678, limit: 1_000_000 }],
  input_binary: [{ nul: true }, { nul: false }],
  input_unreadable: [{ reason: 'missing' }, { reason: 'directory' }, { reason: 'denied' }, { reason: 'other' }],
  yaml_syntax: [
    {
      detail: both('Tabs are not allowed as indentation.', 'sisennyksessä on sarkain.'),
      hint: both('Indent with spaces.', 'Sisennä välilyönneillä.'),
    },
  ],
  yaml_duplicate_key: [{ key: 'text', firstLine: 20 }],
  yaml_alias_limit: [undefined],
  yaml_alias_cycle: [{ name: 'loop' }],
  yaml_unknown_tag: [{ tag: '!vault' }],
  yaml_too_deep: [{ limit: 64 }],
  yaml_multiple_documents: [undefined],
  scenario_not_mapping: [{ got: both('a list', 'lista') }],
  schema_format_version: [
    { isNumber: false },
    { found: both('2', '2'), isNumber: true },
    { found: both('the text "1"', 'teksti "1"'), isNumber: false },
  ],
  schema_missing_field: [
    { where, fields: ['id'], about },
    { where, fields: ['id'], about: none },
    { where, fields: ['kind', 'name'], about: none },
  ],
  schema_unknown_field: [
    { where, field: 'nmae', suggestion: 'name', allowed: ['id', 'name'] },
    { where, field: 'x', allowed: ['id', 'name'] },
  ],
  schema_wrong_type: [
    {
      field: 'reach',
      expected: both('a whole number', 'kokonaisluku'),
      got: both('the text "lots"', 'teksti "lots"'),
      hint: both('Write a number.', 'Kirjoita luku.'),
    },
  ],
  schema_bad_value: [
    { field: 'temperament', value: 'angri', allowed: ['angry', 'fan'], suggestion: 'angry', about },
    { field: 'x', value: 'y', allowed: [], about: both('Too big.', 'Liian suuri.') },
  ],
  schema_out_of_range: [
    { field: 'stars', value: '6', min: 1, max: 5, about: none },
    { field: 'reach', value: '-5', min: 0, about },
    { field: 'level', value: '9', max: 3, about: none },
  ],
  schema_empty: [
    { field: 'summary', kind: 'text' },
    { field: 'objectives', kind: 'list' },
    { field: 'role', kind: 'value' },
  ],
  duration_invalid: [
    { value: '20', isNumber: true },
    { value: 'soon', isNumber: false },
  ],
  id_invalid: [{ value: 'shop video', suggestion: 'shop-video' }],
  condition_invalid: [
    { problem: both('This condition is empty.', 'Tämä ehto on tyhjä.'), kinds: ['reply', 'deleted'] },
    { problem: both('`x` is no kind.', '`x` ei käy.'), suggestion: 'reply', kinds: ['reply'] },
  ],
  ref_unknown_persona: [ref, { ...ref, suggestion: 'maija' }, { ...ref, known: [] }],
  ref_unknown_channel: [ref, { ...ref, suggestion: 'page' }],
  ref_unknown_post: [ref, { ...ref, known: [] }],
  ref_unknown_phase: [ref, { ...ref, suggestion: 'spark' }],
  ref_unknown_condition: [ref, { ...ref, known: [] }],
  duplicate_id: (['channel', 'persona', 'post', 'phase', 'reply'] as const).map((kind) => ({ kind, id: 'x', firstLine: 3 })),
  condition_cycle: [{ cycle: ['a', 'b', 'a'] }],
  phase_unreachable: [{ phase: 'forgotten', initial: 'spark' }],
  phase_dead_end: [{ phase: 'lost' }],
  phase_trap: [{ phases: ['loop'] }, { phases: ['a', 'b'] }],
  ending_none_good: [undefined],
  ending_has_transitions: [{ phase: 'calm' }],
  post_never_appears: [{ post: 'copycat3' }],
  post_listed_twice: [{ post: 'video', firstLine: 30 }],
  objective_target_mismatch: [{ said: '15m', post: 'video', severity: 'high', target: '20m' }],
  duration_too_long: [{ duration: '1000000h', max: '168h 00m' }],
  compile_failed: [{ detail: 'boom' }],
};

type AnyConstructor = (src: Source, at: [number, number], p?: unknown) => Diagnostic;
const constructors = d as unknown as Record<string, AnyConstructor>;
const src = new Source('x.yaml', 'kohu: 1\nid: x\n');

/** Finnish that is there, is not the English, and has no English left in its sentence frame. */
function expectFinnish(diag: Diagnostic): void {
  const where = `${diag.code}: ${diag.message}`;
  expect(diag.fi, where).toBeDefined();
  expect(diag.fi!.message.trim(), where).not.toBe('');
  expect(diag.fi!.hint.trim(), where).not.toBe('');
  expect(diag.fi!.message, where).not.toBe(diag.message);
  expect(diag.fi!.hint, where).not.toBe(diag.hint);
}

describe('the Finnish catalogue', () => {
  it('has samples for exactly the codes of the catalogue', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(CATALOGUE).sort());
  });

  it.each(Object.keys(CATALOGUE))('%s says it in Finnish too', (code) => {
    const make = constructors[code];
    expect(typeof make).toBe('function');
    for (const params of SAMPLES[code as Code]) expectFinnish(make(src, [0, 4], params));
  });

  it('formats in Finnish on request, keeping the compiler-style first line', () => {
    const diag = d.post_never_appears(src, [8, 10], { post: 'copycat3' });
    expect(formatDiagnostic(diag)).toContain('  hint: List it under');
    const fi = formatDiagnostic(diag, 'fi');
    expect(fi.split('\n')[0]).toBe(
      'x.yaml:2:1: warning post_never_appears: Viestiä `copycat3` ei ole missään vaiheessa, joten se ei koskaan näy.',
    );
    expect(fi).toContain('  vihje: Lisää se jonkin vaiheen `posts:`-listaan');
    expect(diagnosticText(diag, 'fi')).toEqual(diag.fi);
    expect(diagnosticText({ message: 'm', hint: 'h' }, 'fi')).toEqual({ message: 'm', hint: 'h' });
  });
});

describe('Finnish in what the checks report', () => {
  const INVALID = resolve(ROOT, 'tests/fixtures/invalid');
  const cases = readdirSync(INVALID, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

  it.each(cases)('invalid sample %s', (name) => {
    const { diagnostics } = loadScenario(readFileSync(resolve(INVALID, name, 'scenario.yaml'), 'utf8'), 'scenario.yaml');
    diagnostics.forEach(expectFinnish);
  });

  it('the translation check', () => {
    const fi = readFileSync(resolve(ROOT, 'scenarios/shop-video.fi.yaml'), 'utf8');
    const en = readFileSync(resolve(ROOT, 'scenarios/shop-video.en.yaml'), 'utf8');
    const changed = en
      .replace('  - id: copycat2\n', '  - id: copycat3\n')
      .replace('language: en', 'language: fi')
      .replace('calls_for: 2', 'calls_for: 3');
    const found = compareTranslations(fi, 'x.fi.yaml', changed, 'x.en.yaml');
    expect(new Set(found.map((x) => x.code))).toEqual(new Set(['translation_missing_id', 'translation_value']));
    found.forEach(expectFinnish);
    expect(found.find((x) => x.fi?.message.includes('suomenkielisestä tiedostosta'))).toBeDefined();
  });

  it('play scripts', () => {
    const model = modelOf('scenarios/shop-video.fi.yaml');
    const text = [
      'seed: x',
      'actions:',
      '  - { at: 2m, type: reply, post: nope, text: Hei }',
      '  - { at: 1m, type: dance }',
      '  - { type: end }',
    ].join('\n');
    const { diagnostics } = loadScript(text, 's.yaml', model);
    expect(diagnostics.length).toBeGreaterThanOrEqual(3);
    diagnostics.forEach(expectFinnish);
  });
});

describe('Finnish words for the schema', () => {
  it('every field description has a Finnish version', () => {
    const found = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          if (k === 'description' && typeof x === 'string') found.add(x);
          else walk(x);
        }
    };
    walk(z.toJSONSchema(Scenario, { target: 'draft-7', io: 'input' }));
    expect(found.size).toBeGreaterThan(60);
    expect([...found].filter((text) => !DESCRIPTIONS_FI[text])).toEqual([]);
  });

  it('names places in the file in Finnish, in the case the sentence needs', () => {
    const raw = {
      phases: [{ id: 'spark', transitions: [{ to: 'x' }], posts: [{ post: 'video' }], virality: {} }],
      objectives: ['a'],
      conditions: { c: { all: [{}] } },
    };
    expect(place(raw, [])).toEqual({ en: 'The scenario', fi: { ela: 'Skenaariosta', ine: 'Skenaariossa' } });
    expect(place(raw, ['phases', 0]).fi.ela).toBe('Vaiheesta `spark`');
    expect(place(raw, ['phases', 0, 'transitions', 0])).toEqual({
      en: 'Transition 1 of phase `spark`',
      fi: { ela: 'Vaiheen `spark` 1. siirtymästä', ine: 'Vaiheen `spark` 1. siirtymässä' },
    });
    expect(place(raw, ['phases', 0, 'posts', 0]).fi.ine).toBe('Vaiheen `spark` viestilistan 1. kohdassa');
    expect(place(raw, ['phases', 0, 'virality']).fi.ine).toBe('Vaiheen `spark` `virality`-kentässä');
    expect(place(raw, ['objectives', 0]).fi.ela).toBe('1. tavoitteesta');
    expect(place(raw, ['conditions', 'c', 'all', 0]).fi.ine).toBe('Ehdon `c` 1. ehdossa');
  });
});
