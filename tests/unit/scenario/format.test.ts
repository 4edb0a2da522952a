// kohu fmt's formatter: idempotent and loses no comment and no value, on
// every shipped scenario and play script and on every fixture; the shipped
// files are already in its layout; a messy file comes out in it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { commentsOf, formatScenario } from '../../../src/engine/authoring.ts';
import { ROOT } from '../../helpers/load.ts';

const list = (dir: string, pick: (name: string) => string | null) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const p = pick(e.isDirectory() ? `${e.name}/` : e.name);
    return p ? [join(dir, p)] : [];
  });
const SHIPPED = [
  ...list('scenarios', (n) => (n.endsWith('.yaml') ? n : null)),
  ...list('scenarios/scripts', (n) => (n.endsWith('.yaml') ? n : null)),
];
const FIXTURES = [
  ...list('tests/fixtures/valid', (n) => (n.endsWith('.yaml') ? n : null)),
  ...list('tests/fixtures/invalid', (n) => (n.endsWith('/') ? `${n}scenario.yaml` : null)),
];
/** The fixtures whose YAML does not parse: fmt leaves them alone. */
const YAML_BROKEN = ['yaml-multiple-documents', 'yaml-syntax-colon-in-text', 'yaml-syntax-tab', 'yaml-syntax-unclosed'];

/** The YAML's data, aliases left as `*name` (one fixture is an alias bomb). */
function data(text: string): unknown {
  const walk = (n: Node | null): unknown =>
    isScalar(n)
      ? n.value
      : isAlias(n)
        ? `*${n.source}`
        : isMap(n)
          ? n.items.map((p) => [walk(p.key as Node), walk(p.value as Node)])
          : isSeq(n)
            ? n.items.map((i) => walk(i as Node))
            : n;
  return walk(parseDocument(text, { uniqueKeys: false }).contents as Node | null);
}

describe('kohu fmt', () => {
  it('finds the files', () => {
    expect(SHIPPED.length).toBeGreaterThanOrEqual(8 + 24);
    expect(FIXTURES.length).toBeGreaterThanOrEqual(30);
  });

  describe.each([...SHIPPED, ...FIXTURES])('%s', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const once = formatScenario(text);

    it('is idempotent and keeps every comment and value, or refuses a file whose YAML is broken', () => {
      if ('refused' in once) {
        expect(once.refused).toBe('yaml_errors');
        expect(YAML_BROKEN.some((name) => file.includes(`/${name}/`))).toBe(true);
        return;
      }
      const twice = formatScenario(once.text);
      expect(twice).toEqual({ text: once.text, changed: false });
      expect(commentsOf(once.text).sort()).toEqual(commentsOf(text).sort());
      expect(data(once.text)).toEqual(data(text));
    });
  });

  it('leaves the shipped scenarios and scripts as they are: they are in its layout', () => {
    expect(
      SHIPPED.filter((f) => {
        const result = formatScenario(readFileSync(join(ROOT, f), 'utf8'));
        return !('changed' in result) || result.changed;
      }),
    ).toEqual([]);
  });

  it('lays out a messy file: indentation, blank lines, flow style and comment spacing; keeps block text line breaks', () => {
    const messy = [
      'kohu: 1   ',
      'id: messy',
      '',
      '',
      'language: en',
      'objectives:',
      '- Answer fast.    # the only goal',
      '-   "Be honest."',
      'channels:',
      '    -   {id: page, kind: page,   name: Page}',
      'phases:      # where the crisis goes',
      '    - id: spark',
      '      posts: [ {post: late,at: 0s} ]',
      '      summary: >-',
      '          Two lines',
      '          folded by hand.',
      '      notes:',
      '        a: 1      # lined',
      '        bb: 2     # up',
      '',
    ].join('\n');
    const tidy = `kohu: 1
id: messy

language: en
objectives:
  - Answer fast. # the only goal
  - "Be honest."
channels:
  - { id: page, kind: page, name: Page }
phases: # where the crisis goes
  - id: spark
    posts: [{ post: late, at: 0s }]
    summary: >-
      Two lines
      folded by hand.
    notes:
      a: 1      # lined
      bb: 2     # up
`;
    expect(formatScenario(messy)).toEqual({ text: tidy, changed: true });
  });

  it('writes files, or with --check only lists them and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kohu-fmt-'));
    const file = join(dir, 'x.yaml');
    writeFileSync(file, 'kohu: 1\nobjectives:\n- a   # why\n');
    const kohu = (...args: string[]) => spawnSync(process.execPath, ['scripts/kohu.mjs', 'fmt', ...args], { cwd: ROOT, encoding: 'utf8' });
    expect(kohu('--check', file)).toMatchObject({ status: 1, stdout: `${file}: would be reformatted\n` });
    expect(readFileSync(file, 'utf8')).toBe('kohu: 1\nobjectives:\n- a   # why\n');
    expect(kohu('--lang', 'fi', file)).toMatchObject({ status: 0, stdout: `${file}: muotoiltu\n` });
    expect(readFileSync(file, 'utf8')).toBe('kohu: 1\nobjectives:\n  - a # why\n');
    expect(kohu('--check', file)).toMatchObject({ status: 0, stdout: '' });
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'kohu: 1\ntitle: [unclosed\n');
    expect(kohu(broken)).toMatchObject({ status: 1, stderr: expect.stringMatching(/not formatted: the YAML has a syntax error/) });
  });
});
