// Replay fixtures: tests/fixtures/replay/<case>/{script.yaml, expected.json}.
// expected.json names the scenario and pins the ending, the phase path, the
// four scores and the rules that fired. Adding a case is adding a folder;
// UPDATE_FIXTURES=1 rewrites expected.json from the current engine.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, play } from '../../helpers/load.ts';

const dir = resolve(ROOT, 'tests/fixtures/replay');
const cases = existsSync(dir) ? readdirSync(dir).filter((c) => existsSync(resolve(dir, c, 'script.yaml'))) : [];

interface Expected {
  scenario: string;
  seed?: number;
  ending: string | null;
  phases: string[];
  scores: Record<string, number>;
  rules: string[];
}

describe('replay fixtures', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));

  it.each(cases)('%s', (name) => {
    const expectedPath = resolve(dir, name, 'expected.json');
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
    const result = play(expected.scenario, `tests/fixtures/replay/${name}/script.yaml`, expected.seed);
    const actual: Expected = {
      scenario: expected.scenario,
      ...(expected.seed !== undefined && { seed: expected.seed }),
      ending: result.ending?.phase ?? null,
      phases: result.phaseHistory.map((v) => v.phase),
      scores: result.scores,
      rules: [...new Set(result.flags.filter((f) => f.points !== 0 || f.max === undefined).map((f) => f.rule))].sort(),
    };
    if (process.env.UPDATE_FIXTURES) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
    expect(actual).toEqual(expected);
    // Replaying is deterministic: the same inputs give the same document.
    expect(play(expected.scenario, `tests/fixtures/replay/${name}/script.yaml`, expected.seed)).toEqual(result);
  });
});
