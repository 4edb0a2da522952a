// kohu play SCENARIO --script SCRIPT [--seed N] [--json]
import { loadScenario } from '../engine/scenario/index.ts';
import { formatDiagnostic } from '../engine/scenario/diagnostics.ts';
import { loadScript } from '../engine/script/load-script.ts';
import { scriptDiagnostic } from '../engine/script/diagnostics.ts';
import { Source } from '../engine/scenario/1-parse/source.ts';
import { rangeOf } from '../engine/scenario/1-parse/node-at.ts';
import { Session } from '../engine/run/session.ts';
import { scoreRun } from '../engine/scoring/score.ts';
import { buildResult } from '../engine/result.ts';
import { parseArgs } from './args.ts';
import { readInput } from './read.ts';
import { formatScorecard } from './scorecard.ts';

export function playCommand(argv: string[]): number {
  const args = parseArgs(argv, ['script', 'seed', 'lang']);
  if (typeof args === 'string' || args.positional.length !== 1 || typeof args.flags.script !== 'string') {
    console.error('usage: kohu play SCENARIO --script SCRIPT [--seed N] [--json] [--lang fi|en]');
    return 2;
  }
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

  const session = new Session(model, seed);
  const src = new Source(scriptFile, scriptText.text);
  const refused = [];
  for (const [i, action] of loaded.script.actions.entries()) {
    const outcome = session.apply(action);
    if (!outcome.ok)
      refused.push(scriptDiagnostic(src, rangeOf(loaded.script.nodes[i]), 'script_action_rejected', { en: `${outcome.message} (${outcome.code})`, fi: `Harjoitus hylkäsi toiminnon: ${outcome.message} (${outcome.code})` }));
  }
  session.advanceTo(model.durationMs);
  if (refused.length) {
    refused.forEach((d) => console.log(formatDiagnostic(d)));
    return 1;
  }
  const record = session.record();
  const result = buildResult(record, scoreRun(record));
  if (args.flags.json) console.log(JSON.stringify(result, null, 2));
  else console.log(formatScorecard(result, record, args.flags.lang === 'fi' || args.flags.lang === 'en' ? args.flags.lang : model.language));
  return 0;
}

function fail(message: string): number {
  console.error(message);
  return 1;
}
