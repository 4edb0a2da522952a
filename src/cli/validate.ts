// kohu validate FILE… [--lang fi|en] — every problem of every file at once,
// compiler style. When both languages of a scenario are given (x.fi.yaml and
// x.en.yaml), also checks that they share the same structure and ids.
// `--lang fi` prints the messages and hints in Finnish (English by default).
import { loadScenario, formatDiagnostic, type Diagnostic, compareTranslations } from '../engine/authoring.ts';
import { parseArgs } from './args.ts';
import { readInput } from './read.ts';

export function validateCommand(argv: string[]): number {
  const args = parseArgs(argv, ['lang']);
  if (typeof args === 'string') return usage(args);
  const lang = args.flags.lang ?? 'en';
  if (lang !== 'fi' && lang !== 'en') return usage(`--lang must be fi or en, not "${String(lang)}"`);
  const files = args.positional;
  if (files.length === 0) {
    console.error('kohu validate: give one or more scenario files, e.g. kohu validate scenarios/*.yaml');
    return 2;
  }
  let errors = 0;
  let warnings = 0;
  const count = (d: Diagnostic) => {
    console.log(formatDiagnostic(d, lang));
    if (d.severity === 'error') errors++;
    else warnings++;
  };
  const texts = new Map<string, string>();
  for (const file of files) {
    const input = readInput(file);
    if ('error' in input) {
      console.log(`${input.error}`);
      errors++;
      continue;
    }
    texts.set(file, input.text);
    loadScenario(input.text, file).diagnostics.forEach(count);
  }
  for (const [fi, en] of translationPairs([...texts.keys()])) compareTranslations(texts.get(fi)!, fi, texts.get(en)!, en).forEach(count);
  const summary =
    lang === 'fi'
      ? `${files.length} ${files.length === 1 ? 'tiedosto' : 'tiedostoa'}: ${errors} ${errors === 1 ? 'virhe' : 'virhettä'}, ${warnings} ${warnings === 1 ? 'varoitus' : 'varoitusta'}`
      : `${files.length} file${files.length === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  console.log(errors ? summary : `${summary} — ok`);
  return errors ? 1 : 0;
}

function usage(problem: string): number {
  console.error(`kohu validate: ${problem}`);
  return 2;
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
