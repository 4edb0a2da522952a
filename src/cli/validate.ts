// kohu validate FILE… [--format text|json|sarif] [--lang fi|en] — every
// problem of every file at once, compiler style. When both languages of a
// scenario are given (x.fi.yaml and x.en.yaml), also checks that they share
// the same structure and ids. `--lang fi` prints the messages and hints in
// Finnish (English by default); JSON carries both languages.
import { readFileSync } from 'node:fs';
import { loadScenario, formatDiagnostic, type Diagnostic, compareTranslations, unreadableInput } from '../engine/authoring.ts';
import type { Language } from '../engine/play.ts';
import { parseArgs } from './args.ts';
import { readInput } from './read.ts';
import { langOf, usageError } from './help.ts';
import { jsonReport, sarifReport, type Counts } from './report-formats.ts';

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

export function validateCommand(argv: string[]): number {
  const args = parseArgs(argv, ['lang', 'format']);
  if (typeof args === 'string')
    return usageError('validate', { en: args, fi: args.replace('needs a value', 'tarvitsee arvon') }, langOf(argv));
  const lang = args.flags.lang ?? 'en';
  if (lang !== 'fi' && lang !== 'en')
    return usageError(
      'validate',
      { en: `--lang must be fi or en, not "${String(lang)}"`, fi: `--lang on fi tai en, ei "${String(lang)}"` },
      'en',
    );
  const format = (args.flags.format ?? 'text') as Format;
  if (!FORMATS.includes(format))
    return usageError(
      'validate',
      {
        en: `--format must be text, json or sarif, not "${String(format)}"`,
        fi: `--format on text, json tai sarif, ei "${String(format)}"`,
      },
      lang,
    );
  const files = args.positional;
  if (files.length === 0)
    return usageError(
      'validate',
      {
        en: 'give one or more scenario files, e.g. kohu validate scenarios/*.yaml',
        fi: 'anna yksi tai useampi skenaariotiedosto, esim. kohu validate scenarios/*.yaml',
      },
      lang,
    );

  const { diagnostics, unreadable } = check(files);
  const counts: Counts = {
    files: files.length,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
  if (format === 'json') console.log(JSON.stringify(jsonReport(diagnostics, counts), null, 2));
  else if (format === 'sarif') console.log(JSON.stringify(sarifReport(diagnostics, lang, packageVersion()), null, 2));
  else printText(diagnostics, unreadable, counts, lang);
  return counts.errors ? 1 : 0;
}

/** Every file's diagnostics in the order given, then the translation pairs'; unreadable files as input_unreadable. */
function check(files: string[]): { diagnostics: Diagnostic[]; unreadable: Map<Diagnostic, string> } {
  const diagnostics: Diagnostic[] = [];
  const unreadable = new Map<Diagnostic, string>();
  const texts = new Map<string, string>();
  for (const file of files) {
    const input = readInput(file);
    if ('error' in input) {
      const d = unreadableInput(file, input.reason);
      unreadable.set(d, input.error);
      diagnostics.push(d);
      continue;
    }
    texts.set(file, input.text);
    diagnostics.push(...loadScenario(input.text, file).diagnostics);
  }
  for (const [fi, en] of translationPairs([...texts.keys()]))
    diagnostics.push(...compareTranslations(texts.get(fi)!, fi, texts.get(en)!, en));
  return { diagnostics, unreadable };
}

function printText(
  diagnostics: Diagnostic[],
  unreadable: Map<Diagnostic, string>,
  { files, errors, warnings }: Counts,
  lang: Language,
): void {
  // A file that cannot be read has no lines to show: one line says so.
  for (const d of diagnostics)
    console.log(unreadable.has(d) ? (lang === 'fi' ? `${d.file}: ${d.fi!.message}` : unreadable.get(d)) : formatDiagnostic(d, lang));
  const summary =
    lang === 'fi'
      ? `${files} ${files === 1 ? 'tiedosto' : 'tiedostoa'}: ${errors} ${errors === 1 ? 'virhe' : 'virhettä'}, ${warnings} ${warnings === 1 ? 'varoitus' : 'varoitusta'}`
      : `${files} file${files === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  console.log(errors ? summary : `${summary} — ok`);
}

/** Put in by the CLI bundle (scripts/build-cli.mjs), which does not sit beside package.json's sources. */
declare const KOHU_VERSION: string | undefined;

function packageVersion(): string {
  if (typeof KOHU_VERSION === 'string') return KOHU_VERSION;
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** Pairs of <id>.fi.yaml and <id>.en.yaml in the same folder. */
export function translationPairs(files: string[]): [fi: string, en: string][] {
  const pairs: [string, string][] = [];
  for (const fi of files) {
    const m = /^(.*)\.fi\.ya?ml$/.exec(fi);
    if (!m) continue;
    const en = files.find((f) => f === `${m[1]}.en.yaml` || f === `${m[1]}.en.yml`);
    if (en) pairs.push([fi, en]);
  }
  return pairs;
}
