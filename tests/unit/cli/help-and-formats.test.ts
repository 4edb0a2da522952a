// The kohu command's help, its behaviour on a closed pipe, and the
// machine-readable diagnostics of `kohu validate --format json|sarif`
// (the SARIF checked against the OASIS 2.1.0 schema).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { ROOT } from '../../helpers/load.ts';
import { COMMANDS, helpText } from '../../../src/cli/help.ts';
import { diagnosticRules, formatDiagnostic, loadScenario } from '../../../src/engine/authoring.ts';

function kohu(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, ['scripts/kohu.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

const INVALID = join(ROOT, 'tests/fixtures/invalid');
const FIXTURES = readdirSync(INVALID, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => `tests/fixtures/invalid/${e.name}/scenario.yaml`);

describe('help', () => {
  it('has a whole help for every command in both languages, naming every flag its usage line shows', () => {
    for (const command of COMMANDS)
      for (const lang of ['en', 'fi'] as const) {
        const text = helpText(lang, command);
        const [usage] = text.split('\n');
        expect(usage).toMatch(new RegExp(`^(Usage|Käyttö): kohu ${command}\\b`));
        for (const flag of usage.match(/--[a-z]+/g) ?? []) expect(text.split('\n').slice(1).join('\n')).toContain(flag);
        expect(text).toMatch(/-h, --help/);
      }
    expect(helpText('fi', 'validate')).not.toBe(helpText('en', 'validate'));
  });

  it('answers --help, -h and help COMMAND with the command help and exit 0', () => {
    const long = kohu('validate', '--help');
    expect(long).toMatchObject({ code: 0, out: `${helpText('en', 'validate')}\n` });
    expect(kohu('help', 'play', '--lang', 'fi')).toMatchObject({ code: 0, out: `${helpText('fi', 'play')}\n` });
    expect(kohu('explore', '-h').out).toBe(`${helpText('en', 'explore')}\n`);
  });

  it('answers a usage mistake with what is wrong and where the help is, in the language asked for, exit 2', () => {
    expect(kohu('explore', '--lang', 'fi')).toMatchObject({
      code: 2,
      err: 'kohu explore: anna yksi skenaariotiedosto\nOhje: kohu explore --help\n',
    });
    expect(kohu('play', 'x.yaml')).toMatchObject({
      code: 2,
      err: 'kohu play: give one scenario and --script SCRIPT\nSee: kohu play --help\n',
    });
  });
});

describe('closed pipe', () => {
  it('ends quietly, status 141, when the reader stops early', () => {
    // Far more than a pipe buffer (64 KiB), so writes go on after head has gone.
    const files = Array.from({ length: 6 }, () => FIXTURES)
      .flat()
      .join(' ');
    const r = spawnSync('bash', ['-c', `node scripts/kohu.mjs validate ${files} | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr.trim()).toBe('status=141');
  });
});

describe('text output', () => {
  it('prints no empty hint line and no blank line', () => {
    const d = loadScenario('kohu: 1\nid: x\nlanguage: sv\n', 'x.yaml').diagnostics[0];
    const text = formatDiagnostic({ ...d, hint: '', fi: { message: d.fi!.message, hint: ' ' } }, 'en');
    expect(text).not.toMatch(/hint:/);
    expect(text.split('\n').filter((l) => !l.trim())).toEqual([]);
    expect(formatDiagnostic({ ...d, hint: '', fi: { message: d.fi!.message, hint: '' } }, 'fi')).not.toMatch(/vihje/);
  });
});

describe('--format json', () => {
  it('gives one object per diagnostic with position, both languages and counts; same positions as the text', () => {
    const file = 'tests/fixtures/invalid/ref-unknown-post/scenario.yaml';
    const r = kohu('validate', '--format', 'json', file, 'nope.yaml');
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out);
    expect(doc).toMatchObject({ kind: 'kohu-diagnostics', version: 1, files: 2, errors: 3, warnings: 0 });
    expect(doc.diagnostics[0]).toEqual({
      code: 'ref_unknown_post',
      severity: 'error',
      file,
      line: 26,
      col: 35,
      endLine: 26,
      endCol: 40,
      message: 'There is no post `vidoe`.',
      hint: 'Did you mean `video`?',
      fi: { message: 'Skenaariossa ei ole viestiä `vidoe`.', hint: 'Tarkoititko `video`?' },
    });
    expect(doc.diagnostics[2]).toMatchObject({
      code: 'input_unreadable',
      file: 'nope.yaml',
      line: 1,
      col: 1,
      fi: { message: 'Tiedostoa ei ole.' },
    });
    const expected = JSON.parse(readFileSync(join(INVALID, 'ref-unknown-post/expected.json'), 'utf8'));
    expect(
      doc.diagnostics.slice(0, 2).map((d: { code: string; line: number; col: number }) => ({ code: d.code, line: d.line, col: d.col })),
    ).toEqual(expected);
  });

  it('exits 0 with an empty list for clean files', () => {
    const r = kohu('validate', '--format', 'json', 'scenarios/shop-video.fi.yaml', 'scenarios/shop-video.en.yaml');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ kind: 'kohu-diagnostics', version: 1, files: 2, errors: 0, warnings: 0, diagnostics: [] });
  });

  it('refuses an unknown format with usage status 2', () => {
    expect(kohu('validate', '--format', 'xml', 'x.yaml')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--format must be text, json or sarif/),
    });
  });
});

describe('--format sarif', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const run = kohu('validate', '--format', 'sarif', ...FIXTURES, 'nope.yaml');
  const sarif = JSON.parse(run.out);
  const json = JSON.parse(kohu('validate', '--format', 'json', ...FIXTURES, 'nope.yaml').out);

  it('passes the SARIF 2.1.0 schema, for problems and for clean files', () => {
    expect(run.code).toBe(1);
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe(true);
    const clean = JSON.parse(kohu('validate', '--format', 'sarif', '--lang', 'fi', 'scenarios/chat-promise.fi.yaml').out);
    expect(validate(clean), JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe(true);
    expect(clean.runs[0].results).toEqual([]);
    expect(clean.runs[0].tool.driver.rules[0].shortDescription.text).toBe(diagnosticRules()[0].title.fi);
    // The check can fail: a region that starts at column 0 is not SARIF.
    const broken = structuredClone(sarif);
    broken.runs[0].results[0].locations[0].physicalLocation.region.startColumn = 0;
    expect(validate(broken)).toBe(false);
  });

  it('lists every catalogue code as a rule, and each result points at its rule and at the same spot as the JSON', () => {
    const { rules } = sarif.runs[0].tool.driver;
    expect(rules.map((r: { id: string }) => r.id)).toEqual(diagnosticRules().map((r) => r.code));
    const results = sarif.runs[0].results;
    expect(results).toHaveLength(json.diagnostics.length);
    results.forEach(
      (
        r: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: object } }[];
        },
        i: number,
      ) => {
        const d = json.diagnostics[i];
        expect(rules[r.ruleIndex].id).toBe(d.code);
        expect(r).toMatchObject({ ruleId: d.code, level: d.severity, message: { text: `${d.message}\nHint: ${d.hint}` } });
        expect(r.locations[0].physicalLocation).toEqual({
          artifactLocation: { uri: d.file, uriBaseId: '%SRCROOT%' },
          region: { startLine: d.line, startColumn: d.col, endLine: d.endLine, endColumn: d.endCol },
        });
      },
    );
  });
});
