// Fuzz: 10,000 random action logs, well-formed and not (wrong types,
// unknown kinds, times backwards or far past the end), each played live —
// one action at a time, the screen's view taken after each, as the drill
// does — and replayed from its log. Nothing may throw, and the replay must
// give the very world live play gave.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replay, runToResult, Session, sessionView, type Action } from '../../../src/engine/play.ts';
import { tinyModel } from '../../helpers/tiny-model.ts';

const model = tinyModel();
const posts = [...model.posts.map((p) => p.id), 'no-such-post'];

const text = fc.constantFrom<unknown>(
  'Pahoittelemme, selvitämme asian ja palaamme huomenna klo 12. t. Pyry',
  'Et ole ymmärtänyt tilannetta.',
  'Kiitos!',
  '   ',
  '',
  42,
  null,
  ['a'],
  { a: 1 },
);
const post = fc.constantFrom<unknown>(...posts, 7, null);
const by = fc.constantFrom<unknown>(undefined, 'trainee', 'facilitator', 'someone');

/** One action without its time: mostly of a known type, its fields drawn from good and bad values alike. */
const action: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record({
    type: fc.constantFrom('reply', 'follow_up'),
    post,
    text,
    visibility: fc.constantFrom<unknown>('public', 'private', 'loud', 1),
    by,
  }),
  fc.record({ type: fc.constantFrom('delete', 'hide', 'mark_read'), post, by }),
  fc.record({ type: fc.constant('escalate'), level: fc.constantFrom<unknown>(0, 1, 2, 3, 4, -1, '2'), note: text, by }),
  fc.record({ type: fc.constant('statement'), text, channel: fc.constantFrom<unknown>(undefined, 'page', 'press', 'nowhere', 3), by }),
  fc.record({ type: fc.constant('end'), by }),
  fc.record({
    type: fc.constant('inject'),
    by,
    post: fc.constantFrom<unknown>(undefined, ...posts),
    adhoc: fc.option(
      fc.record({
        id: fc.constantFrom<unknown>('adhoc-1', 'adhoc-2', 'complaint', 5),
        persona: fc.constantFrom<unknown>('maija', 'pekka', 'nobody'),
        channel: fc.constantFrom<unknown>('page', 'press', 'nowhere'),
        text,
        severity: fc.constantFrom<unknown>(undefined, 'low', 'critical', 'apocalyptic', 3),
      }),
      { nil: undefined },
    ),
  }),
  fc.record({ type: fc.constant('heat'), factor: fc.constantFrom<unknown>(0.5, 2, 0, -1, 11, Number.NaN, '2'), by }),
  fc.record({ type: fc.constant('note'), text, by }),
  fc.record({
    type: fc.constant('phase'),
    phase: fc.constantFrom<unknown>('spark', 'spreading', 'calm', 'media', 'nowhere'),
    reason: text,
    by,
  }),
  fc.record({
    type: fc.constant('queue'),
    post,
    op: fc.constantFrom<unknown>('hold', 'skip', 'delay', 'explode'),
    byMs: fc.constantFrom<unknown>(undefined, 60_000, -5, 1e15),
    by,
  }),
  fc.record({ type: fc.constantFrom<unknown>('bogus', undefined, 3, null) }),
);

/** Times as gaps, so most logs move forward; some step back, some jump far past the end, some are not numbers. */
const gap = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 20 * 60_000 }), weight: 8 },
  { arbitrary: fc.integer({ min: -10 * 60_000, max: -1 }), weight: 1 },
  { arbitrary: fc.constantFrom(1e15, Number.NaN, Infinity), weight: 1 },
);

const log = fc.array(fc.tuple(gap, action), { maxLength: 8 }).map((steps) => {
  let at = 0;
  return steps.map(([g, a]) => {
    const next = at + g;
    if (Number.isFinite(next) && next >= 0 && next < model.durationMs * 2) at = next;
    return { ...a, at: Number.isFinite(g) && g < 1e12 ? at : g } as unknown as Action;
  });
});

const RUNS = 10_000;
const CHUNKS = 4;

describe(`${RUNS.toLocaleString('en')} random action logs`, () => {
  it.each(Array.from({ length: CHUNKS }, (_, i) => [i]))(
    'chunk %i: live play and its replay agree, and nothing throws',
    (chunk) => {
      fc.assert(
        fc.property(log, fc.integer({ min: 0, max: 1000 }), (actions, seed) => {
          const live = new Session(model, seed);
          for (const a of actions) {
            live.apply(a);
            sessionView(live); // what the screen draws after each action must not throw either
          }
          // A refused action still moved the clock to its time; a saved drill keeps that time (`now`) beside its log.
          const until = Math.min(model.durationMs, live.now() + 5 * 60_000);
          live.advanceTo(until);
          const replayed = replay(model, seed, actions, until);
          expect(JSON.stringify(sessionView(replayed))).toBe(JSON.stringify(sessionView(live)));
          expect(replayed.record()).toEqual(live.record());
          // Resuming from the accepted log alone reaches the same world.
          expect(JSON.stringify(sessionView(replay(model, seed, live.log, until)))).toBe(JSON.stringify(sessionView(live)));
          expect(() => runToResult(model, seed, actions, { until: model.durationMs })).not.toThrow();
        }),
        { numRuns: RUNS / CHUNKS, seed: 104_729 * (chunk + 1) },
      );
    },
    180_000,
  );
});
