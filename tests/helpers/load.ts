// Test helpers: load a scenario or play a script from disk through the same
// path the CLI uses.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadScenario } from '../../src/engine/scenario/index.ts';
import { loadScript } from '../../src/engine/script/load-script.ts';
import { runToResult } from '../../src/engine/play.ts';
import type { ScenarioModel } from '../../src/engine/model.ts';
import type { KohuResult } from '../../src/engine/result.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');

export function modelOf(file: string): ScenarioModel {
  const { model, diagnostics } = loadScenario(readFileSync(resolve(ROOT, file), 'utf8'), file);
  if (!model) throw new Error(`${file} does not load:\n${diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`).join('\n')}`);
  return model;
}

export function play(scenarioFile: string, scriptFile: string, seed?: number): KohuResult {
  const model = modelOf(scenarioFile);
  const { script, diagnostics } = loadScript(readFileSync(resolve(ROOT, scriptFile), 'utf8'), scriptFile, model);
  if (!script)
    throw new Error(`${scriptFile} does not load:\n${diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`).join('\n')}`);
  return runToResult(model, seed ?? script.seed ?? 1, script.actions, { until: model.durationMs });
}
