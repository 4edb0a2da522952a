// Hostile and broken input: whatever the text, loadScenario answers with
// diagnostics, quickly, and never throws. The limits are asserted loosely
// (2 s against a goal of well under 1 s) because test machines are busy.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/engine/scenario/index.ts';
import type { LoadResult } from '../../../src/engine/scenario/index.ts';
import { apply, mutation } from '../../helpers/mutations.ts';

const MINIMAL = readFileSync(resolve(import.meta.dirname, '../../fixtures/valid/minimal.yaml'), 'utf8');

function timed(text: string): LoadResult & { ms: number } {
  const start = performance.now();
  const result = loadScenario(text, 'hostile.yaml');
  return { ...result, ms: performance.now() - start };
}

function billionLaughs(): string {
  const lines = ['kohu: 1', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) {
    lines.push(
      `${names[i]}: &${names[i]} [${Array(9)
        .fill(`*${names[i - 1]}`)
        .join(', ')}]`,
    );
  }
  return lines.join('\n') + '\n';
}

const hostile: [string, () => string, string][] = [
  ['binary (NUL bytes)', () => 'kohu: 1\n\u0000\u0001\u0002PNG\u0000', 'input_binary'],
  ['invalid UTF-8 (replacement characters)', () => 'kohu: 1\ntitle: caf\ufffd\n', 'input_binary'],
  ['2 MB', () => `kohu: 1\ntitle: "${'x'.repeat(2_000_000)}"\n`, 'input_too_large'],
  ['10,000-deep flow nesting', () => `kohu: 1\nx: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 'yaml_too_deep'],
  ['10,000-deep block nesting', () => `kohu: 1\nx: ${'- '.repeat(10_000)}x\n`, 'yaml_too_deep'],
  [
    'deep indentation',
    () => `kohu: 1\n${Array.from({ length: 100 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n')} 1\n`,
    'yaml_too_deep',
  ],
  ['a billion laughs', billionLaughs, 'yaml_alias_limit'],
  ['an alias inside its own anchor', () => 'kohu: 1\na: &x { b: *x }\n', 'yaml_alias_cycle'],
  ['a Python object tag', () => 'kohu: 1\nid: !!python/object/apply:os.system ["rm -rf /"]\n', 'yaml_unknown_tag'],
  ['a local tag', () => 'kohu: 1\nid: !foo bar\n', 'yaml_unknown_tag'],
  ['an empty file', () => '', 'input_empty'],
  ['whitespace only', () => ' \n\t\n', 'input_empty'],
  ['a scalar at the top', () => '42\n', 'scenario_not_mapping'],
  ['a list at the top', () => '- kohu: 1\n', 'scenario_not_mapping'],
  ['two documents', () => `${MINIMAL}---\n${MINIMAL}`, 'yaml_multiple_documents'],
];

describe('hostile input', () => {
  it.each(hostile)('%s → a diagnostic, no throw, fast', (_name, make, code) => {
    const text = make();
    const { model, diagnostics, ms } = timed(text);
    expect(model).toBeNull();
    expect(diagnostics.map((d) => d.code)).toContain(code);
    expect(ms).toBeLessThan(2000);
    for (const d of diagnostics) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.col).toBeGreaterThanOrEqual(1);
      expect(d.frame.length).toBeLessThan(2000); // a 2 MB line is clipped, not printed
    }
  });

  it('a 1 MB file of long, flat text is still read (the limit is on size, not on content)', () => {
    const text = `${MINIMAL}debrief_prompts:\n${'  - A prompt for the debrief, repeated to make the file large.\n'.repeat(15_000)}`;
    const { diagnostics, ms } = timed(text);
    expect(diagnostics).toEqual([]);
    expect(ms).toBeLessThan(4000);
  });

  it('a megabyte of open brackets is refused before the parser sees it', () => {
    const { diagnostics, ms } = timed(`x: ${'['.repeat(999_990)}`);
    expect(diagnostics.map((d) => d.code)).toEqual(['yaml_too_deep']);
    expect(ms).toBeLessThan(2000);
  });
});

describe('mutated scenarios (property)', () => {
  it('never throw, and every diagnostic has a position in the text', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const text = mutations.reduce(apply, MINIMAL);
        const { model, diagnostics } = loadScenario(text, 'mutant.yaml');
        const lineCount = text.split('\n').length;
        for (const d of diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.col).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lineCount);
          expect(d.code).not.toBe('compile_failed'); // validation must catch what would break compiling
        }
        expect(model !== null || diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
