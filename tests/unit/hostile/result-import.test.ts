// Hostile and damaged result files: every field is checked against the
// result's schema and a refusal names the file and the field; times are
// bounded by the scenario's duration; a log has a stated cap on its actions;
// overrides that arrive in a file are claims until a facilitator here
// accepts them. Nothing throws.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  admitResult,
  latestTime,
  MAX_LOG_ACTIONS,
  MAX_RESULT_BYTES,
  readResult,
  refreshResult,
  type Action,
  type KohuResult,
} from '../../../src/engine/play.ts';
import { modelOf, ROOT } from '../../helpers/load.ts';

const model = modelOf('scenarios/shop-video.en.yaml');
const text = readFileSync(resolve(ROOT, 'tests/fixtures/results/team-bjork.json'), 'utf8');
const bjork = JSON.parse(text) as KohuResult;
const FILE = 'team-bjork.json';

/** The file's text with one change made to its parsed value. */
function edited(change: (r: Record<string, unknown>) => void): string {
  const r = JSON.parse(text) as Record<string, unknown>;
  change(r);
  return JSON.stringify(r);
}

function refusal(fileText: string): { code: string; en: string; fi: string } {
  const read = readResult(fileText, FILE);
  if (read.ok) {
    const admitted = admitResult(model, read.result, FILE);
    if (admitted.ok) throw new Error('accepted');
    return { code: admitted.code, ...admitted.message };
  }
  return { code: read.code, ...read.message };
}

describe('a result file is checked against its schema, field by field', () => {
  it.each([
    ['scenario.language', (r: Record<string, unknown>) => ((r.scenario as Record<string, unknown>).language = 42)],
    ['seed', (r: Record<string, unknown>) => (r.seed = '1')],
    ['team', (r: Record<string, unknown>) => (r.team = { name: 'x' })],
    ['createdAt', (r: Record<string, unknown>) => (r.createdAt = 5)],
    ['endedAt', (r: Record<string, unknown>) => (r.endedAt = 'late')],
    ['log[1].text', (r: Record<string, unknown>) => ((r.log as Record<string, unknown>[])[1].text = 42)],
    ['log[1].visibility', (r: Record<string, unknown>) => ((r.log as Record<string, unknown>[])[1].visibility = 'everyone')],
    ['log[0]', (r: Record<string, unknown>) => ((r.log as unknown[])[0] = null)],
    ['overrides.x.decision', (r: Record<string, unknown>) => (r.overrides = { x: { decision: 'maybe', reason: '' } })],
    ['scores.total', (r: Record<string, unknown>) => ((r.scores as Record<string, unknown>).total = '100')],
  ])('a wrong %s is refused, naming the file and the field in both languages', (field, change) => {
    const out = refusal(edited(change));
    expect(out.code).toBe('result_field');
    for (const said of [out.en, out.fi]) {
      expect(said).toContain(FILE);
      expect(said).toContain(field);
    }
  });

  it('an injected post of an unknown severity is refused, not thrown on', () => {
    const out = refusal(
      edited((r) => {
        (r.log as unknown[]).push({
          type: 'inject',
          at: 4_000_000,
          by: 'facilitator',
          adhoc: { id: 'x', persona: 'maija', channel: 'page', text: 'hi', severity: 'apocalyptic' },
        });
      }),
    );
    expect(out).toMatchObject({ code: 'result_field', en: expect.stringContaining('severity') });
  });

  it('a byte-order mark in front of a valid result is read past', () => {
    expect(readResult('\uFEFF' + text, FILE)).toMatchObject({ ok: true });
  });
});

describe('times are bounded by the scenario’s duration', () => {
  it('an action at 1e12 s is refused with a message naming the field and the limit', () => {
    const out = refusal(edited((r) => ((r.log as Record<string, unknown>[]).at(-1)!.at = 1e15)));
    expect(out.code).toBe('result_time_out_of_range');
    expect(out.en).toContain(`log[${bjork.log.length - 1}].at`);
    expect(out.en).toContain(FILE);
  });

  it('an endedAt of 1e12 s is refused', () => {
    const out = refusal(edited((r) => (r.endedAt = 1e15)));
    expect(out).toMatchObject({ code: 'result_time_out_of_range', en: expect.stringContaining('endedAt') });
  });

  it('a time just inside the slack is still accepted', () => {
    const read = readResult(
      edited((r) => (r.endedAt = latestTime(model.durationMs))),
      FILE,
    );
    expect(read.ok && admitResult(model, read.result, FILE).ok).toBe(true);
  });
});

describe('a stated cap on the actions of a result', () => {
  const notes = (n: number): Action[] => Array.from({ length: n }, (_, i) => ({ type: 'note', at: i, text: 'n', by: 'facilitator' }));

  it('100,000 actions are refused at once, naming the cap', () => {
    const admitted = admitResult(model, { ...bjork, log: notes(100_000) }, FILE);
    expect(admitted).toMatchObject({ ok: false, code: 'result_too_many_actions' });
    if (!admitted.ok) expect(admitted.message.en).toContain(MAX_LOG_ACTIONS.toLocaleString('en'));
  });

  it('a file of one action over the cap is refused before its actions are read', () => {
    const out = refusal(edited((r) => (r.log = notes(MAX_LOG_ACTIONS + 1))));
    expect(out.code).toBe('result_too_many_actions');
    expect(out.fi).toContain(FILE);
  });

  it('a log at the cap is accepted and replayed', () => {
    const read = readResult(
      edited((r) => (r.log = notes(MAX_LOG_ACTIONS))),
      FILE,
    );
    if (!read.ok) throw new Error(read.message.en);
    const admitted = admitResult(model, read.result, FILE);
    expect(admitted.ok && admitted.result.log.length).toBe(MAX_LOG_ACTIONS);
  });
});

describe('a size limit on result files', () => {
  it('a file over the limit is refused before it is parsed', () => {
    const huge = `{"kind":"kohu-result","pad":"${'x'.repeat(MAX_RESULT_BYTES)}"}`;
    const read = readResult(huge, FILE);
    expect(read).toMatchObject({ ok: false, code: 'result_too_large' });
    if (!read.ok) expect(read.message.en).toContain(FILE);
  });
});

describe('overrides inside a file are claims, not decisions', () => {
  const flag = bjork.flags.find((f) => f.max !== undefined && f.points === 0)!;
  const forged = edited((r) => {
    r.overrides = { [flag.id]: { decision: 'adjust', points: flag.max, reason: 'trust me', by: 'Forger', at: '2026-01-01T00:00:00Z' } };
    (r.scores as Record<string, number>).total = 100;
  });

  it('do not move the score when the file arrives; they are kept as the file’s claims with who, why and when', () => {
    const read = readResult(forged, FILE);
    if (!read.ok) throw new Error(read.message.en);
    const admitted = admitResult(model, read.result, FILE);
    if (!admitted.ok) throw new Error(admitted.message.en);
    expect(admitted.result.scores).toEqual(bjork.scores);
    expect(admitted.result.overrides).toEqual({});
    expect(admitted.result.claims?.[flag.id]).toMatchObject({ decision: 'adjust', reason: 'trust me', by: 'Forger' });
  });

  it('count once accepted here', () => {
    const read = readResult(forged, FILE);
    if (!read.ok) throw new Error(read.message.en);
    const admitted = admitResult(model, read.result, FILE);
    if (!admitted.ok) throw new Error(admitted.message.en);
    const claim = admitted.result.claims![flag.id];
    const accepted = refreshResult(model, admitted.result, { [flag.id]: claim });
    expect(accepted.scores.total).toBeGreaterThan(bjork.scores.total);
  });
});
