// Every shipped scenario: valid, explored (every phase reachable, a good
// ending reachable, no dead ends, doing nothing ends in the worst ending),
// and its three scripts score as the issue demands.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/engine/scenario/index.ts';
import { explore } from '../../../src/engine/explore/explore.ts';
import { ROOT, modelOf, play } from '../../helpers/load.ts';

const files = readdirSync(resolve(ROOT, 'scenarios'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('shipped scenarios', () => {
  it('there are at least four, each in Finnish and English', () => {
    const ids = new Set(files.map((f) => f.replace(/\.(fi|en)\.yaml$/, '')));
    expect(ids.size).toBeGreaterThanOrEqual(4);
    for (const id of ids) {
      expect(files).toContain(`${id}.fi.yaml`);
      expect(files).toContain(`${id}.en.yaml`);
    }
  });

  describe.each(files)('%s', (file) => {
    const path = `scenarios/${file}`;
    const base = file.replace(/\.yaml$/, '');

    it('starts with the schema line and validates without problems', () => {
      const text = readFileSync(resolve(ROOT, path), 'utf8');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../static/kohu-scenario.schema.json');
      const { diagnostics } = loadScenario(text, path);
      expect(diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`)).toEqual([]);
    });

    it('explores: every phase reachable, a good ending, no dead ends, doing nothing ends worst', () => {
      const report = explore(modelOf(path));
      expect(report.phases.filter((p) => !p.reachable).map((p) => p.id)).toEqual([]);
      expect(report.goodEndingReachable).toBe(true);
      expect(report.deadEnds).toEqual([]);
      expect(report.doNothing.kind).toBe('worst');
    });

    it('the expert script reaches a good ending with a total of at least 85', () => {
      const r = play(path, `scenarios/scripts/${base}.expert.yaml`);
      expect(r.ending?.kind).toBe('good');
      expect(r.scores.total).toBeGreaterThanOrEqual(85);
    });

    it('doing nothing ends in the worst ending with at most 20', () => {
      const r = play(path, `scenarios/scripts/${base}.nothing.yaml`);
      expect(r.ending?.kind).toBe('worst');
      expect(r.scores.total).toBeLessThanOrEqual(20);
    });

    it('deleting the complaint and arguing scores publicness and honesty at most 30', () => {
      const r = play(path, `scenarios/scripts/${base}.delete-argue.yaml`);
      expect(r.scores.publicness).toBeLessThanOrEqual(30);
      expect(r.scores.honesty).toBeLessThanOrEqual(30);
    });
  });
});
