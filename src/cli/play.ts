// kohu play SCENARIO --script SCRIPT [--seed N] [--json]
import { formatDiagnostic, loadScenario, loadScript, playScript } from '../engine/authoring.ts';
import { buildResult, scoreRun } from '../engine/play.ts';
import { parseArgs } from './args.ts';
import { langOf, usageError } from './help.ts';
import { readInput } from './read.ts';
import { formatScorecard } from './scorecard.ts';

export function playCommand(argv: string[]): number {
  const args = parseArgs(argv, ['script', 'seed', 'lang']);
  if (typeof args === 'string' || args.positional.length !== 1 || typeof args.flags.script !== 'string')
    return usageError(
      'play',
      { en: 'give one scenario and --script SCRIPT', fi: 'anna yksi skenaario ja --script KÄSIKIRJOITUS' },
      langOf(argv),
    );
  const [file] = args.positional;
  const scenarioText = readInput(file);
  if ('error' in scenarioText) return fail(scenarioText.error);
  const { model, diagnostics } = loadScenario(scenarioText.text, file);
  if (!model) {
    diagnostics.forEach((d) => console.log(formatDiagnostic(d)));
    return 1;
  }
  const scriptFile = args.flags.script;
  const scriptText = readInput(scriptFile);
  if ('error' in scriptText) return fail(scriptText.error);
  const loaded = loadScript(scriptText.text, scriptFile, model);
  if (!loaded.script) {
    loaded.diagnostics.forEach((d) => console.log(formatDiagnostic(d)));
    return 1;
  }
  const seedFlag = args.flags.seed;
  if (seedFlag !== undefined && !/^-?\d+$/.test(String(seedFlag))) return fail(`--seed must be a whole number, not "${String(seedFlag)}"`);
  const seed = seedFlag !== undefined ? Number(seedFlag) : (loaded.script.seed ?? 1);

  const { session, refused } = playScript(model, loaded.script, seed);
  if (refused.length) {
    refused.forEach((d) => console.log(formatDiagnostic(d)));
    return 1;
  }
  const record = session.record();
  const result = buildResult(record, scoreRun(record));
  if (args.flags.json) console.log(JSON.stringify(result, null, 2));
  else
    console.log(formatScorecard(result, record, args.flags.lang === 'fi' || args.flags.lang === 'en' ? args.flags.lang : model.language));
  return 0;
}

function fail(message: string): number {
  console.error(message);
  return 1;
}
