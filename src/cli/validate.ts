// kohu validate FILE… — every problem of every file at once, compiler style.
import { loadScenario } from '../engine/scenario/index.ts';
import { formatDiagnostic } from '../engine/scenario/diagnostics.ts';
import { readInput } from './read.ts';

export function validateCommand(argv: string[]): number {
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('kohu validate: give one or more scenario files, e.g. kohu validate scenarios/*.yaml');
    return 2;
  }
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const input = readInput(file);
    if ('error' in input) {
      console.log(`${input.error}`);
      errors++;
      continue;
    }
    const { diagnostics } = loadScenario(input.text, file);
    for (const d of diagnostics) {
      console.log(formatDiagnostic(d));
      if (d.severity === 'error') errors++;
      else warnings++;
    }
  }
  const summary = `${files.length} file${files.length === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  console.log(errors ? summary : `${summary} — ok`);
  return errors ? 1 : 0;
}
