// Every shipped play script's scores, pinned. A refactor must leave them
// exactly as they were; a deliberate change to scoring rewrites the file
// with UPDATE_FIXTURES=1 and the diff shows what moved.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, play } from '../../helpers/load.ts';

const pinnedPath = resolve(ROOT, 'tests/fixtures/scripted-scores.json');
const scripts = readdirSync(resolve(ROOT, 'scenarios/scripts'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();

function scenarioOf(script: string): string {
  // shop-video.fi.expert.yaml → scenarios/shop-video.fi.yaml
  const [id, lang] = script.split('.');
  return `scenarios/${id}.${lang}.yaml`;
}

it('every shipped play script scores as pinned', () => {
  const actual: Record<string, { ending: string | null; scores: Record<string, number> }> = {};
  for (const s of scripts) {
    const r = play(scenarioOf(s), `scenarios/scripts/${s}`);
    actual[s] = { ending: r.ending?.phase ?? null, scores: r.scores };
  }
  if (process.env.UPDATE_FIXTURES || !existsSync(pinnedPath)) writeFileSync(pinnedPath, JSON.stringify(actual, null, 2) + '\n');
  expect(actual).toEqual(JSON.parse(readFileSync(pinnedPath, 'utf8')));
});
