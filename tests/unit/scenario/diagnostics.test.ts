// The diagnostics catalogue against sample folders: every folder in
// tests/fixtures/invalid/ holds a scenario.yaml and expected.json, the exact
// set of {code, line, col} the loader must report. Adding a case is adding a
// folder. Also: the minimal valid scenario is clean, every code is covered,
// and the formatted output has the shape the CLI prints.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, formatDiagnostic, loadScenario, nodeAt, parseYaml, sortDiagnostics } from '../../../src/engine/scenario/index.ts';
import type { Diagnostic } from '../../../src/engine/scenario/index.ts';
import { closest } from '../../../src/engine/scenario/2-validate/did-you-mean.ts';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const INVALID = resolve(FIXTURES, 'invalid');
const cases = readdirSync(INVALID, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

/** Codes no fixture can show: a 1 MB file (robustness.test.ts makes one), Kohu's own bugs, a file that cannot be read (the CLI tests). */
const NOT_IN_FIXTURES = ['input_too_large', 'compile_failed', 'input_unreadable'];

interface Expected {
  code: string;
  line: number;
  col: number;
}
const key = (e: Expected) => `${e.line}:${e.col} ${e.code}`;
const expectedOf = (name: string): Expected[] => JSON.parse(readFileSync(resolve(INVALID, name, 'expected.json'), 'utf8'));
const load = (name: string) => loadScenario(readFileSync(resolve(INVALID, name, 'scenario.yaml'), 'utf8'), 'scenario.yaml');

describe('invalid scenario samples', () => {
  it('there are at least 25', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  describe.each(cases)('%s', (name) => {
    const { model, diagnostics } = load(name);

    it('reports exactly the expected codes at the expected positions', () => {
      expect(diagnostics.map(key).sort()).toEqual(expectedOf(name).map(key).sort());
    });

    it('gives every diagnostic a message, a hint, a range and a frame', () => {
      for (const d of diagnostics) {
        expect(CATALOGUE[d.code]).toBe(d.severity);
        expect(d.message.length).toBeGreaterThan(10);
        expect(d.hint.length).toBeGreaterThan(10);
        expect(d.file).toBe('scenario.yaml');
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.col).toBeGreaterThanOrEqual(1);
        expect(d.endLine * 1e6 + d.endCol).toBeGreaterThan(d.line * 1e6 + d.col);
        expect(d.frame).toMatch(new RegExp(`^> +${d.line} \\|`, 'm'));
        expect(d.frame).toMatch(/\|\s*\^+/);
      }
    });

    it('says at most one thing per node', () => {
      const spots = diagnostics.map((d) => `${d.line}:${d.col}:${d.endLine}:${d.endCol}`);
      expect(new Set(spots).size).toBe(spots.length);
    });

    it('compiles only when there is no error', () => {
      expect(model === null).toBe(diagnostics.some((d) => d.severity === 'error'));
    });
  });

  it('cover every code in the catalogue', () => {
    const seen = new Set(cases.flatMap((name) => expectedOf(name).map((e) => e.code)));
    const missing = Object.keys(CATALOGUE).filter((code) => !seen.has(code) && !NOT_IN_FIXTURES.includes(code));
    expect(missing).toEqual([]);
  });
});

describe('the minimal valid scenario', () => {
  it('yields no diagnostics and a model', () => {
    const { model, diagnostics } = loadScenario(readFileSync(resolve(FIXTURES, 'valid/minimal.yaml'), 'utf8'), 'minimal.yaml');
    expect(diagnostics).toEqual([]);
    expect(model?.id).toBe('minimal');
    expect(model?.phases.map((p) => p.id)).toEqual(['spark', 'calm', 'spreading']);
    // The compiler is told where things are, for diagrams and debriefs.
    expect(model?.phases[0].source).toEqual({ line: 27, col: 5 });
  });
});

describe('the catalogue', () => {
  it('names codes <subject>_<problem>', () => {
    for (const code of Object.keys(CATALOGUE)) expect(code).toMatch(/^[a-z]+(_[a-z]+)+$/);
  });

  it('formats as FILE:LINE:COL: severity CODE: message, the frame, then the hint', () => {
    const { diagnostics } = loadScenario('kohu: 1\nid: shop video\n', 'x.yaml');
    const text = formatDiagnostic(diagnostics.find((d) => d.code === 'id_invalid')!);
    expect(text).toBe(
      [
        'x.yaml:2:5: error id_invalid: `shop video` cannot be used as an id.',
        '  1 | kohu: 1',
        '> 2 | id: shop video',
        '    |     ^^^^^^^^^^',
        '  hint: An id starts with a letter and has only letters a–z, digits, `-` and `_` (no spaces, no ä or ö), for example `shop-video`.',
      ].join('\n'),
    );
  });

  it('sorts by position and keeps the order of equal positions', () => {
    const at = (line: number, col: number, code: string) => ({ line, col, code, file: 'f' }) as Diagnostic;
    const sorted = sortDiagnostics([at(3, 1, 'c'), at(1, 5, 'a'), at(3, 1, 'd'), at(1, 2, 'b')]);
    expect(sorted.map((d) => d.code)).toEqual(['b', 'a', 'c', 'd']);
  });
});

describe('nodeAt', () => {
  const text = 'kohu: 1\nphases:\n  - id: a\n    reply:\n      post: x\n';
  const { doc } = parseYaml(text, 'x.yaml');

  it('finds a node by its path', () => {
    const at = nodeAt(doc!, ['phases', 0, 'reply', 'post']);
    expect(at.found).toBe(true);
    expect(text.slice(...at.range)).toBe('x');
  });

  it("falls back to the parent mapping's key for a missing field", () => {
    const at = nodeAt(doc!, ['phases', 0, 'reply', 'honest']);
    expect(at.found).toBe(false);
    expect(text.slice(...at.range)).toBe('reply');
  });
});

describe('did you mean', () => {
  it('guesses close words and stays quiet otherwise', () => {
    expect(closest('titel', ['title', 'summary'])).toBe('title');
    expect(closest('transitons', ['transitions', 'posts'])).toBe('transitions');
    expect(closest('maja', ['maija', 'pekka'])).toBe('maija');
    expect(closest('zebra', ['title', 'summary'])).toBeUndefined();
  });
});
