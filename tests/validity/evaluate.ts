// Does Kohu's score agree with the expert? For each suite folder
// (README.md): the rank agreement (Kendall's τ-b) between the expert's order
// of the ranked runs and Kohu's totals, and for each isolated-mistake pair
// how much each dimension moved. Shared by the validity test and the bench.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { DIMENSIONS, type Dimension } from '../../src/engine/play.ts';
import { play, ROOT } from '../helpers/load.ts';

const HERE = resolve(ROOT, 'tests/validity');

export interface Pair {
  mistake: string;
  dimension: Dimension;
  base: string;
  variant: string;
  note?: string;
}

export interface PairOutcome extends Pair {
  /** variant − base, per dimension and total. */
  delta: Record<Dimension | 'total', number>;
  /** The mistake's own dimension lost points. */
  moved: boolean;
  /** The largest move of any other dimension (absolute). */
  spill: number;
  spillDimension: Dimension | null;
}

export interface SuiteOutcome {
  stem: string;
  scenario: string;
  ranked: { file: string; total: number; scores: Record<Dimension, number> }[];
  tau: number;
  pairs: PairOutcome[];
}

export const suiteStems = (): string[] =>
  readdirSync(HERE, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(resolve(HERE, d.name, 'ranked')))
    .map((d) => d.name)
    .sort();

export function scenarioOf(stem: string): string {
  const own = `tests/validity/${stem}/scenario.yaml`;
  return existsSync(resolve(ROOT, own)) ? own : `scenarios/${stem}.yaml`;
}

/** Kendall's τ-b between two orderings of the same items (ties allowed in either). */
export function kendallTauB(a: readonly number[], b: readonly number[]): number {
  let concordant = 0;
  let discordant = 0;
  let tiesA = 0;
  let tiesB = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = i + 1; j < a.length; j++) {
      const da = Math.sign(a[i] - a[j]);
      const db = Math.sign(b[i] - b[j]);
      if (da === 0 && db === 0) continue;
      if (da === 0) tiesA++;
      else if (db === 0) tiesB++;
      else if (da === db) concordant++;
      else discordant++;
    }
  }
  const denom = Math.sqrt((concordant + discordant + tiesA) * (concordant + discordant + tiesB));
  return denom === 0 ? 0 : (concordant - discordant) / denom;
}

export function evaluateSuite(stem: string): SuiteOutcome {
  const dir = `tests/validity/${stem}`;
  const scenario = scenarioOf(stem);
  const files = readdirSync(resolve(ROOT, dir, 'ranked'))
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const ranked = files.map((file) => {
    const r = play(scenario, `${dir}/ranked/${file}`);
    const { total, ...scores } = r.scores;
    return { file, total, scores: scores as Record<Dimension, number> };
  });
  // The expert's rank 1 is best; a higher total is better: compare −rank with total.
  const tau = kendallTauB(
    ranked.map((_, i) => -i),
    ranked.map((r) => r.total),
  );
  const pairsFile = resolve(ROOT, dir, 'pairs.yaml');
  const pairs: Pair[] = existsSync(pairsFile) ? ((parse(readFileSync(pairsFile, 'utf8')) as { pairs?: Pair[] }).pairs ?? []) : [];
  return { stem, scenario, ranked, tau, pairs: pairs.map((p) => pairOutcome(scenario, dir, p)) };
}

function pairOutcome(scenario: string, dir: string, p: Pair): PairOutcome {
  const base = play(scenario, `${dir}/${p.base}`).scores;
  const variant = play(scenario, `${dir}/${p.variant}`).scores;
  const delta = Object.fromEntries([...DIMENSIONS, 'total'].map((d) => [d, variant[d as Dimension] - base[d as Dimension]])) as PairOutcome['delta'];
  let spill = 0;
  let spillDimension: Dimension | null = null;
  for (const d of DIMENSIONS) {
    if (d === p.dimension || Math.abs(delta[d]) <= spill) continue;
    spill = Math.abs(delta[d]);
    spillDimension = d;
  }
  return { ...p, delta, moved: delta[p.dimension] < 0, spill, spillDimension };
}
