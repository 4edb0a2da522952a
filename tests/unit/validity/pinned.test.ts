// Every validity run's outcome, pinned: its scores, its ending and the path
// of phases it took (with what moved it). The suite's own test checks floors
// (τ, spill), which a refactor could pass while moving a run; this one fails
// on any change. A deliberate change to scoring or branching rewrites the
// file with UPDATE_FIXTURES=1 and the diff shows what moved.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, play } from '../../helpers/load.ts';
import { scenarioOf, suiteStems } from '../../validity/evaluate.ts';

const pinnedPath = resolve(ROOT, 'tests/fixtures/validity-runs.json');

/** Every script a suite plays: its ranked runs and both sides of its pairs. */
function scriptsOf(stem: string): string[] {
  const dir = resolve(ROOT, 'tests/validity', stem);
  const ranked = readdirSync(resolve(dir, 'ranked'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `ranked/${f}`);
  const pairsFile = resolve(dir, 'pairs.yaml');
  const pairs = existsSync(pairsFile)
    ? ((parse(readFileSync(pairsFile, 'utf8')) as { pairs?: { base: string; variant: string }[] }).pairs ?? [])
    : [];
  return [...new Set([...ranked, ...pairs.flatMap((p) => [p.base, p.variant])])].sort();
}

it('every validity run scores and branches as pinned', () => {
  const actual: Record<string, { ending: string | null; scores: Record<string, number>; path: string[] }> = {};
  for (const stem of suiteStems())
    for (const script of scriptsOf(stem)) {
      const r = play(scenarioOf(stem), `tests/validity/${stem}/${script}`);
      actual[`${stem}/${script}`] = {
        ending: r.ending?.phase ?? null,
        scores: r.scores,
        path: r.phaseHistory.map((v) => `${v.phase}@${v.at / 60_000}m ← ${v.via}`),
      };
    }
  if (process.env.UPDATE_FIXTURES || !existsSync(pinnedPath)) writeFileSync(pinnedPath, JSON.stringify(actual, null, 2) + '\n');
  expect(actual).toEqual(JSON.parse(readFileSync(pinnedPath, 'utf8')));
});
