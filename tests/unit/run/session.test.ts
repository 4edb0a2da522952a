import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/engine/run/session.ts';
import { replay } from '../../../src/engine/run/replay.ts';
import { sessionView } from '../../../src/engine/run/view.ts';
import { reply, escalate, remove } from '../../../src/engine/run/actions.ts';
import { tinyModel } from '../../helpers/tiny-model.ts';

const M = 60_000;
const HONEST = 'Hei Maija, pyydämme anteeksi myyjämme käytöstä kassalla. Selvitämme asian ja hyvitämme ostoksesi. t. Pyry';

describe('Session', () => {
  it('doing nothing: timers carry the crisis to the worst ending', () => {
    const s = new Session(tinyModel(), 1);
    s.advanceTo(120 * M);
    expect(s.phaseHistory.map((v) => [v.phase, v.at, v.via])).toEqual([
      ['spark', 0, 'start'],
      ['spreading', 30 * M, 'timer'],
      ['media', 60 * M, 'timer'],
    ]);
    expect(s.ended).toEqual({ at: 60 * M, reason: 'ending', phase: 'media' });
    expect(s.appeared.map((a) => [a.post, a.at])).toEqual([
      ['complaint', 0],
      ['copycat', 35 * M],
      ['inquiry', 60 * M],
    ]);
  });

  it('an honest public reply moves to the good ending at once', () => {
    const s = new Session(tinyModel(), 1);
    expect(s.apply(reply(5 * M, 'complaint', HONEST))).toEqual({ ok: true });
    expect(s.phase()).toBe('calm');
    expect(s.ended?.reason).toBe('ending');
    expect(s.phaseHistory.at(-1)?.via).toContain('honest reply to complaint');
  });

  it('a condition that already holds fires when its phase is entered', () => {
    const model = tinyModel();
    // In spark only honest public replies count; in spreading, also escalation.
    model.phases[0].transitions[0] = { to: 'calm', when: { kind: 'escalated', atLeast: 3 } };
    const s = new Session(model, 1);
    s.apply(reply(5 * M, 'complaint', HONEST));
    expect(s.phase()).toBe('spark');
    s.apply(escalate(6 * M, 1, 'viestintä tiedoksi'));
    s.advanceTo(30 * M);
    expect(s.phase()).toBe('calm');
    expect(s.phaseHistory.map((v) => v.phase)).toEqual(['spark', 'spreading', 'calm']);
  });

  it('refuses actions with codes and keeps them out of the log', () => {
    const s = new Session(tinyModel(), 1);
    expect(s.apply(reply(1 * M, 'copycat', 'Hei'))).toMatchObject({ ok: false, code: 'action_post_not_visible' });
    expect(s.apply(reply(1 * M, 'nope', 'Hei'))).toMatchObject({ ok: false, code: 'action_post_unknown' });
    expect(s.apply(reply(2 * M, 'complaint', '  '))).toMatchObject({ ok: false, code: 'action_text_empty' });
    s.apply(remove(3 * M, 'complaint'));
    expect(s.apply(reply(1 * M, 'complaint', 'Hei'))).toMatchObject({ ok: false, code: 'action_time_backwards' });
    expect(s.apply(reply(4 * M, 'complaint', 'Hei'))).toMatchObject({ ok: false, code: 'action_post_removed' });
    expect(s.log).toHaveLength(1);
    expect(s.rejected.map((r) => r.code)).toHaveLength(5);
  });

  it('tracks a promise and breaks it at its deadline', () => {
    const model = tinyModel();
    model.phases[0].transitions = [{ to: 'media', when: { kind: 'promise_broken' } }];
    const s = new Session(model, 1);
    s.apply(reply(2 * M, 'complaint', 'Hei Maija, soitamme sinulle tunnin sisällä. t. Pyry'));
    expect(s.promises).toHaveLength(1);
    expect(s.promises[0].deadline).toBe(62 * M);
    s.advanceTo(61 * M);
    expect(s.phase()).toBe('spark');
    s.advanceTo(63 * M);
    expect(s.promises[0].status).toBe('broken');
    expect(s.phase()).toBe('media');
  });

  it('an open-ended promise (passive, no time) stays open and never breaks; with a time it is judged', () => {
    const model = tinyModel();
    model.phases[0].transitions = [{ to: 'media', when: { kind: 'promise_broken' } }];
    const s = new Session(model, 1);
    s.apply(reply(2 * M, 'complaint', 'Hei Maija, pahoittelemme. Asiaa selvitetään. t. Pyry'));
    expect(s.promises).toMatchObject([{ openEnded: true, status: 'open' }]);
    s.advanceTo(29 * M);
    expect(s.promises[0].status).toBe('open');
    expect(s.phase()).toBe('spark');
    expect(sessionView(s).openPromises).toMatchObject([{ openEnded: true }]);

    const timed = new Session(model, 1);
    timed.apply(reply(2 * M, 'complaint', 'Hei Maija, asia selvitetään tunnin sisällä. t. Pyry'));
    expect(timed.promises[0].openEnded).toBeUndefined();
    timed.advanceTo(63 * M);
    expect(timed.promises[0].status).toBe('broken');
  });

  it('a date already past when written is an effective date, not a deadline', () => {
    const s = new Session(tinyModel(), 1);
    // The default clock starts on 10 March: 3.2. is behind it.
    s.apply(reply(2 * M, 'complaint', 'Hei Maija, irtisanomisesi kirjataan voimaan 3.2. t. Pyry'));
    expect(s.promises).toMatchObject([{ openEnded: true, deadlineNamed: false }]);
  });

  it('keeps a promise when the same person hears back in time', () => {
    const s = new Session(tinyModel({ phases: tinyModel().phases.map((p) => (p.id === 'spark' ? { ...p, transitions: [] } : p)) }), 1);
    s.apply(reply(2 * M, 'complaint', 'Hei Maija, soitamme sinulle tunnin sisällä. t. Pyry'));
    s.apply({ type: 'follow_up', at: 40 * M, post: 'complaint', text: 'Hei Maija, soitin juuri. t. Pyry', visibility: 'private' });
    expect(s.promises[0]).toMatchObject({ status: 'kept', keptBy: 1, resolvedAt: 40 * M });
  });

  it('the view says how long a post may wait for its first reply, until it gets one', () => {
    const model = tinyModel({ phases: tinyModel().phases.map((p) => (p.id === 'spark' ? { ...p, transitions: [] } : p)) });
    const s = new Session(model, 1);
    s.advanceTo(3 * M);
    const target = model.scoring.speedTargetsMs[model.posts[0].severity];
    expect(sessionView(s).feed[0].replyDue).toBe(target);
    s.apply(reply(5 * M, 'complaint', HONEST, 'private'));
    expect(sessionView(s).feed[0].replyDue).toBeUndefined();
  });

  it('the view lists a promise as open until its deadline passes, then as broken', () => {
    const s = new Session(tinyModel({ phases: tinyModel().phases.map((p) => (p.id === 'spark' ? { ...p, transitions: [] } : p)) }), 1);
    s.apply(reply(2 * M, 'complaint', 'Hei Maija, soitamme sinulle tunnin sisällä. t. Pyry'));
    expect(sessionView(s).openPromises).toEqual([{ id: 'promise-1', post: 'complaint', persona: 'maija', deadline: 62 * M }]);
    expect(sessionView(s).brokenPromises).toEqual([]);
    s.advanceTo(63 * M);
    expect(sessionView(s).openPromises).toEqual([]);
    expect(sessionView(s).brokenPromises).toEqual([{ id: 'promise-1', post: 'complaint', persona: 'maija', deadline: 62 * M }]);
  });

  it('the feed shows thread replies as they arrive and counters that grow', () => {
    const s = new Session(tinyModel(), 7);
    s.advanceTo(2 * M);
    expect(sessionView(s).feed[0].replies).toHaveLength(0);
    s.advanceTo(4 * M);
    const early = sessionView(s).feed[0];
    expect(early.replies.map((r) => r.by)).toEqual(['pekka']);
    s.advanceTo(40 * M);
    const later = sessionView(s).feed[0];
    expect(later.likes).toBeGreaterThan(early.likes);
    expect(sessionView(s).metrics.length).toBe(41);
  });

  it('replaying the same log gives the identical world', () => {
    const model = tinyModel();
    const log = [reply(3 * M, 'complaint', 'Sori jos loukkaannuit.'), escalate(31 * M, 1, 'leviää'), remove(36 * M, 'copycat')];
    const a = replay(model, 42, log, 90 * M);
    const b = replay(model, 42, log, 90 * M);
    expect(JSON.stringify(sessionView(a))).toEqual(JSON.stringify(sessionView(b)));
    expect(a.record()).toEqual(b.record());
    const c = replay(model, 43, log, 90 * M);
    expect(sessionView(c).current.reach).not.toEqual(sessionView(a).current.reach);
  });

  it('heat from the facilitator speeds the curve up', () => {
    const model = tinyModel();
    const calm = replay(model, 1, [], 20 * M);
    const hot = replay(model, 1, [{ type: 'heat', at: 0, factor: 3, by: 'facilitator' }], 20 * M);
    expect(sessionView(hot).current.reach).toBeGreaterThan(sessionView(calm).current.reach * 2);
  });

  it('conditions that send the crisis back and forth on the same facts do not hang', () => {
    const model = tinyModel();
    model.phases[0].transitions = [{ to: 'spreading', when: { kind: 'escalated', atLeast: 1 } }];
    model.phases[1].transitions = [{ to: 'spark', when: { kind: 'escalated', atLeast: 1 } }];
    const s = new Session(model, 1);
    expect(s.apply(escalate(60_000, 1))).toEqual({ ok: true });
    expect(s.phaseHistory.length).toBeLessThan(100);
  });

  it('a promise is not kept by an unrelated reply to the same person elsewhere', () => {
    const model = tinyModel();
    model.phases[0].transitions = [];
    model.phases[0].posts.push({ post: 'copycat', atMs: 0 });
    const s = new Session(model, 1);
    s.apply(reply(2 * M, 'complaint', 'Hei Maija, soitamme sinulle tunnin sisällä. t. Pyry'));
    s.apply(reply(5 * M, 'copycat', 'Hei Maija, kiitos viestistä. t. Pyry'));
    expect(s.promises[0].status).toBe('open');
    s.apply(reply(10 * M, 'complaint', 'Hei Maija, soitin juuri. t. Pyry'));
    expect(s.promises[0].status).toBe('kept');
  });
});
