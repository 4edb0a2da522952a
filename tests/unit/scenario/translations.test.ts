// The Finnish and English files of a scenario must share structure and ids:
// every shipped pair agrees, and each kind of disagreement is reported at
// the right place in the file asked about.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTranslations } from '../../../src/engine/scenario/translations.ts';
import { translationPairs } from '../../../src/cli/validate.ts';
import { ROOT } from '../../helpers/load.ts';

const read = (f: string) => readFileSync(resolve(ROOT, f), 'utf8');
const ids = [
  ...new Set(
    readdirSync(resolve(ROOT, 'scenarios'))
      .filter((f) => /\.(fi|en)\.yaml$/.test(f))
      .map((f) => f.replace(/\.(fi|en)\.yaml$/, '')),
  ),
].sort();

describe('shipped translations', () => {
  it.each(ids)('%s: the Finnish and English files agree', (id) => {
    const fi = `scenarios/${id}.fi.yaml`;
    const en = `scenarios/${id}.en.yaml`;
    expect(compareTranslations(read(fi), fi, read(en), en).map((d) => `${d.line} ${d.code} ${d.message}`)).toEqual([]);
    expect(compareTranslations(read(fi), fi, read(en), en, 'fi')).toEqual([]);
  });
});

describe('compareTranslations', () => {
  const fiFile = 'scenarios/shop-video.fi.yaml';
  const enFile = 'scenarios/shop-video.en.yaml';
  const fi = read(fiFile);
  const en = read(enFile);
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
  const run = (enText: string, side: 'fi' | 'en' = 'en') =>
    compareTranslations(fi, fiFile, enText, enFile, side).map((d) => ({ code: d.code, line: d.line, file: d.file, severity: d.severity }));

  it('a renamed post id is missing in one file and extra in the other', () => {
    const changed = en.replace('  - id: copycat2\n', '  - id: copycat3\n');
    expect(run(changed)).toEqual(
      expect.arrayContaining([
        { code: 'translation_missing_id', line: lineOf(changed, 'posts:'), file: enFile, severity: 'error' },
        { code: 'translation_missing_id', line: lineOf(changed, 'id: copycat3'), file: enFile, severity: 'error' },
      ]),
    );
    const inFi = run(changed, 'fi');
    expect(inFi.every((d) => d.file === fiFile)).toBe(true);
    expect(inFi).toContainEqual({ code: 'translation_missing_id', line: lineOf(fi, '  - id: copycat2'), file: fiFile, severity: 'error' });
  });

  it('a different number, duration or reference is a value difference at that value', () => {
    const changed = en
      .replace('after: 12m', 'after: 10m')
      .replace('calls_for: 2\n    virality: { reach: 6000', 'calls_for: 3\n    virality: { reach: 6000');
    const found = run(changed);
    expect(found).toContainEqual({ code: 'translation_value', line: lineOf(changed, 'after: 10m'), file: enFile, severity: 'error' });
    expect(found.filter((d) => d.code === 'translation_value')).toHaveLength(2);
  });

  it('a missing condition, a list of another length and a field only in one file', () => {
    const changed = en
      .replace('  reconciled:\n    all:\n', '  reconciled_x:\n    all:\n')
      .replace('      - reply: { post: copycat, honest: true }\n', '')
      .replace(
        '    severity: high\n    company_at_fault: true\n    text: |\n      This is the service',
        '    company_at_fault: true\n    text: |\n      This is the service',
      );
    const found = run(changed).map((d) => d.code);
    expect(found.filter((c) => c === 'translation_missing_id')).toHaveLength(2);
    expect(found.filter((c) => c === 'translation_structure')).toHaveLength(2);
  });

  it("texts may differ; the language must be each file's own", () => {
    expect(run(en.replace('title: The Hot Days video', 'title: Something else entirely'))).toEqual([]);
    expect(run(en.replace('language: en', 'language: fi'))).toContainEqual({
      code: 'translation_value',
      line: lineOf(en, 'language: en'),
      file: enFile,
      severity: 'error',
    });
  });

  it('the order of phases matters (the first is the default start): a warning', () => {
    const a = en.indexOf('  - id: reconciled');
    const b = en.indexOf('  - id: lingering');
    const end = en.indexOf('\nscoring:');
    const swapped = en.slice(0, a) + en.slice(b, end) + '\n' + en.slice(a, b).trimEnd() + en.slice(end);
    const found = run(swapped);
    expect(found.map((d) => d.code)).toContain('translation_order');
    expect(found.find((d) => d.code === 'translation_order')?.severity).toBe('warning');
  });

  it('a file that does not parse is left to its own diagnostics', () => {
    expect(compareTranslations(fi, fiFile, 'kohu: [', enFile)).toEqual([]);
  });

  it('kohu validate pairs x.fi.yaml with x.en.yaml given together', () => {
    expect(translationPairs(['a/x.fi.yaml', 'a/y.en.yaml', 'a/x.en.yaml', 'b/x.en.yaml'])).toEqual([['a/x.fi.yaml', 'a/x.en.yaml']]);
  });
});
