// The facilitator's live notes and forced phases are actions in the log like
// any other: replayed to the same drill, refused with a code when wrong, and
// carried in the result (format 3; older files still load).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/engine/run/session.ts';
import { replay } from '../../../src/engine/run/replay.ts';
import type { Action } from '../../../src/engine/run/actions.ts';
import { readResult, RESULT_FORMAT } from '../../../src/engine/result.ts';
import { runToResult } from '../../../src/engine/pipeline.ts';
import { post, tinyModel } from '../../helpers/tiny-model.ts';
import { upcomingPosts } from '../../../src/engine/run/queue.ts';
import { ROOT } from '../../helpers/load.ts';

const M = 60_000;

describe('a forced phase', () => {
  const forced: Action = {
    type: 'phase',
    at: 10 * M,
    phase: 'spreading',
    reason: 'The room is ready for the next step',
    by: 'facilitator',
  };

  it('moves the crisis at its moment, named as the facilitator’s, and its phase posts follow', () => {
    const s = new Session(tinyModel(), 1);
    expect(s.apply(forced)).toEqual({ ok: true });
    expect(s.phase()).toBe('spreading');
    expect(s.phaseHistory.at(-1)).toEqual({ phase: 'spreading', at: 10 * M, via: 'facilitator' });
    s.advanceTo(16 * M);
    // spreading's copycat comes 5 min after entering it, not 5 min after the timer would have.
    expect(s.appeared.find((a) => a.post === 'copycat')).toEqual({ post: 'copycat', at: 15 * M, phase: 'spreading' });
  });

  it('replays to the same drill', () => {
    const a = replay(tinyModel(), 1, [forced], 40 * M);
    const b = replay(tinyModel(), 1, [forced], 40 * M);
    expect(a.phaseHistory).toEqual(b.phaseHistory);
    expect(a.appeared).toEqual(b.appeared);
  });

  it('into an ending ends the drill there', () => {
    const s = new Session(tinyModel(), 1);
    expect(s.apply({ ...forced, phase: 'calm' })).toEqual({ ok: true });
    expect(s.ended).toEqual({ at: 10 * M, reason: 'ending', phase: 'calm' });
  });

  it('is refused, with a code, for an unknown phase, the current one, or no reason', () => {
    const s = new Session(tinyModel(), 1);
    expect(s.apply({ ...forced, phase: 'nowhere' })).toMatchObject({ ok: false, code: 'action_phase_unknown' });
    expect(s.apply({ ...forced, phase: 'spark' })).toMatchObject({ ok: false, code: 'action_phase_current' });
    expect(s.apply({ ...forced, reason: '  ' })).toMatchObject({ ok: false, code: 'action_reason_empty' });
    expect(s.log).toEqual([]);
  });
});

describe('a live note', () => {
  it('is kept in the log at its moment and changes nothing in the drill', () => {
    const note: Action = { type: 'note', at: 7 * M, text: 'Pyry hesitated before answering', by: 'facilitator' };
    const withNote = replay(tinyModel(), 1, [note], 90 * M);
    const without = replay(tinyModel(), 1, [], 90 * M);
    expect(withNote.log).toEqual([note]);
    expect(withNote.phaseHistory).toEqual(without.phaseHistory);
    expect(withNote.appeared).toEqual(without.appeared);
    expect(withNote.metrics.points).toEqual(without.metrics.points);
  });

  it('needs some text', () => {
    expect(new Session(tinyModel(), 1).apply({ type: 'note', at: 0, text: ' ', by: 'facilitator' })).toMatchObject({
      ok: false,
      code: 'action_text_empty',
    });
  });
});

describe('the inject queue', () => {
  const q = (at: number, op: 'hold' | 'skip' | 'delay', byMs?: number): Action => ({
    type: 'queue',
    at,
    post: 'copycat',
    op,
    ...(byMs && { byMs }),
    by: 'facilitator',
  });
  const copycatAt = (log: Action[]) => replay(tinyModel(), 1, log, 59 * M).appeared.find((a) => a.post === 'copycat')?.at;

  it('shows what comes next: the next phase’s posts, how long after entering it', () => {
    const s = new Session(tinyModel(), 1);
    expect(upcomingPosts(s.model, s.log, s.phaseHistory, new Set(s.posts.keys()))).toEqual([
      { post: 'copycat', phase: 'spreading', afterMs: 5 * M, held: false, skipped: false, delayMs: 0 },
    ]);
    s.advanceTo(31 * M);
    expect(upcomingPosts(s.model, s.log, s.phaseHistory, new Set(s.posts.keys()))).toEqual([
      { post: 'copycat', phase: 'spreading', dueAt: 35 * M, held: false, skipped: false, delayMs: 0 },
      { post: 'inquiry', phase: 'media', afterMs: 0, held: false, skipped: false, delayMs: 0 },
    ]);
  });

  it('holds a post until it is sent now, skips one for good, and delays one', () => {
    expect(copycatAt([])).toBe(35 * M);
    expect(copycatAt([q(M, 'hold')])).toBeUndefined();
    expect(copycatAt([q(M, 'hold'), { type: 'inject', at: 40 * M, post: 'copycat', by: 'facilitator' }])).toBe(40 * M);
    expect(copycatAt([q(M, 'skip')])).toBeUndefined();
    expect(copycatAt([q(M, 'delay', 10 * M)])).toBe(45 * M);
    // Delayed while it waits in its own phase, twice.
    expect(copycatAt([q(32 * M, 'delay', 5 * M), q(39 * M, 'delay', 5 * M)])).toBe(45 * M);
  });

  it('is refused, with a code, for a post already out, one no phase brings, or a bad delay', () => {
    const model = tinyModel();
    model.posts.push(post('spare', 'maija', { reserve: true }));
    const s = new Session(model, 1);
    expect(s.apply({ type: 'queue', at: 0, post: 'complaint', op: 'hold' })).toMatchObject({ ok: false, code: 'action_post_appeared' });
    expect(s.apply({ type: 'queue', at: 0, post: 'spare', op: 'hold' })).toMatchObject({ ok: false, code: 'action_post_not_scheduled' });
    expect(s.apply({ type: 'queue', at: 0, post: 'nope', op: 'hold' })).toMatchObject({ ok: false, code: 'action_post_unknown' });
    expect(s.apply({ type: 'queue', at: 0, post: 'copycat', op: 'delay', byMs: 0 })).toMatchObject({
      ok: false,
      code: 'action_queue_invalid',
    });
    expect(s.apply({ type: 'queue', at: 0, post: 'copycat', op: 'later' as 'hold' })).toMatchObject({
      ok: false,
      code: 'action_queue_invalid',
    });
  });
});

describe('result format 3', () => {
  it('carries notes and forced phases and reads back', () => {
    const log: Action[] = [
      { type: 'note', at: 2 * M, text: 'First reaction slow', by: 'facilitator' },
      { type: 'phase', at: 4 * M, phase: 'spreading', reason: 'Show them the spread', by: 'facilitator' },
    ];
    const result = runToResult(tinyModel(), 1, log, { until: 20 * M });
    expect(result.format).toBe(RESULT_FORMAT);
    const back = readResult(JSON.stringify(result));
    expect(back).toMatchObject({
      ok: true,
      result: { log, phaseHistory: [{ phase: 'spark' }, { phase: 'spreading', at: 4 * M, via: 'facilitator' }] },
    });
  });

  it('reads a format-2 file as it is: same log and scores, not marked for replay', () => {
    const text = readFileSync(resolve(ROOT, 'tests/fixtures/results/team-bjork.json'), 'utf8');
    const saved = JSON.parse(text);
    expect(saved.format).toBe(2);
    const read = readResult(text);
    if (!read.ok) throw new Error(JSON.stringify(read));
    expect(read.result).toEqual({ ...saved, format: 3 });
    expect(read.result.upgradedFrom).toBeUndefined();
  });

  it('refuses a newer format by its number', () => {
    expect(readResult(JSON.stringify({ kind: 'kohu-result', format: 4 }))).toMatchObject({ ok: false, code: 'result_format' });
  });
});
