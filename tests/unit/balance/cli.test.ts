// `kohu explore` prints the balance report after its exploration lines, and
// `kohu validate` checks a fi/en pair given together.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/load.ts';

function kohu(...args: string[]): { code: number; out: string } {
  try {
    return {
      code: 0,
      out: execFileSync(process.execPath, ['scripts/kohu.mjs', ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
}

describe('kohu explore', () => {
  it('keeps its exploration lines and adds the balance report', () => {
    const r = kohu('explore', 'scenarios/shop-video.en.yaml');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Phases:$/m);
    expect(r.out).toMatch(/^Good ending reachable: yes$/m);
    expect(r.out).toMatch(/^Doing nothing: spark → spreading → viral → national; ends in the worst ending/m);
    expect(r.out).toMatch(/^Balance$/m);
    expect(r.out).toMatch(/^ {4}expert +spark → spreading → apologised → reconciled; good ending/m);
    expect(r.out).toMatch(/^ {2}total +100 +0 +\d+ +100 \(expert\) \/ 0 \(doing nothing\)$/m);
    expect(r.out).toMatch(/i balance_good_needs_escalation: No path reaches a good ending without escalating\./);
    expect(r.out).toMatch(/Method:\n {4}Reachability comes from/);
  });

  it('--json has the exploration and the balance report', () => {
    const json = JSON.parse(kohu('explore', 'scenarios/chat-promise.fi.yaml', '--json').out);
    expect(json.goodEndingReachable).toBe(true);
    expect(json.balance.runs.expert.ending.kind).toBe('good');
    expect(json.balance.range.total.worst.by).toBe('nothing');
  });
});

describe('kohu validate with both languages', () => {
  it('reports where the two files disagree', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kohu-'));
    const fi = join(dir, 'shop-video.fi.yaml');
    const en = join(dir, 'shop-video.en.yaml');
    writeFileSync(fi, readFileSync(join(ROOT, 'scenarios/shop-video.fi.yaml'), 'utf8'));
    writeFileSync(en, readFileSync(join(ROOT, 'scenarios/shop-video.en.yaml'), 'utf8').replace('after: 12m', 'after: 10m'));
    const r = kohu('validate', fi, en);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      new RegExp(`^${en.replace(/[/.]/g, '\\$&')}:\\d+:16: error translation_value: \`after\` is \`10m\` here but \`12m\``, 'm'),
    );
    expect(r.out).toMatch(/2 files: 1 error, 0 warnings/);
    expect(kohu('validate', fi).code).toBe(0);
  });
});
