// kohu fmt FILE… [--check] — one layout for every scenario (and play
// script), keeping every comment and value; the engine's formatScenario does
// the work and checks its own result. --check changes nothing and lists the
// files that would change, for CI.
import { writeFileSync } from 'node:fs';
import { formatScenario, type FormatResult } from '../engine/authoring.ts';
import type { Language } from '../engine/play.ts';
import { parseArgs } from './args.ts';
import { langOf, usageError } from './help.ts';
import { readInput } from './read.ts';

type Refusal = Extract<FormatResult, { refused: string }>['refused'];

const REFUSED: Record<Refusal, Record<Language, string>> = {
  yaml_errors: {
    en: 'not formatted: the YAML has a syntax error (kohu validate shows where)',
    fi: 'ei muotoiltu: YAMLissa on syntaksivirhe (kohu validate näyttää kohdan)',
  },
  would_change_data: {
    en: 'not formatted: the new layout would change a value (a bug in Kohu; please report it with the file)',
    fi: 'ei muotoiltu: uusi asettelu muuttaisi arvoa (Kohun vika; ilmoita siitä ja liitä tiedosto mukaan)',
  },
  would_lose_comment: {
    en: 'not formatted: the new layout would lose a comment (a bug in Kohu; please report it with the file)',
    fi: 'ei muotoiltu: uusi asettelu hukkaisi kommentin (Kohun vika; ilmoita siitä ja liitä tiedosto mukaan)',
  },
};

export function fmtCommand(argv: string[]): number {
  const lang = langOf(argv);
  const args = parseArgs(argv, ['lang']);
  if (typeof args === 'string') return usageError('fmt', { en: args, fi: args.replace('needs a value', 'tarvitsee arvon') }, lang);
  if (args.positional.length === 0)
    return usageError(
      'fmt',
      {
        en: 'give one or more scenario files, e.g. kohu fmt scenarios/*.yaml',
        fi: 'anna yksi tai useampi skenaariotiedosto, esim. kohu fmt scenarios/*.yaml',
      },
      lang,
    );
  const check = args.flags.check === true;
  let failed = 0;
  let changed = 0;
  for (const file of args.positional) {
    const input = readInput(file);
    if ('error' in input) {
      console.error(input.error);
      failed++;
      continue;
    }
    const result = formatScenario(input.text);
    if ('refused' in result) {
      console.error(`${file}: ${REFUSED[result.refused][lang]}`);
      failed++;
      continue;
    }
    if (!result.changed) continue;
    changed++;
    if (check) console.log(`${file}: ${lang === 'fi' ? 'asettelu muuttuisi' : 'would be reformatted'}`);
    else {
      writeFileSync(file, result.text);
      console.log(`${file}: ${lang === 'fi' ? 'muotoiltu' : 'formatted'}`);
    }
  }
  return failed > 0 || (check && changed > 0) ? 1 : 0;
}
