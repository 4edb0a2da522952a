import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COPY_PASTE_THRESHOLD, firstCopied } from '../../../src/engine/scoring/rules/honesty-copy-paste.ts';
import { similarity } from '../../../src/engine/text/similarity.ts';
import type { ReplyRef } from '../../../src/engine/scoring/query.ts';

/** Just what the copy-paste rule reads of a reply: whose post it answers and its words. */
const ref = (by: string, tokens: string[]): ReplyRef => ({ post: { by }, analysis: { tokens } }) as unknown as ReplyRef;

/** The rule's definition, pair by pair: the first earlier long-enough reply to another persona at or over the threshold. */
const byEveryPair = (replies: ReplyRef[]) =>
  replies.map((r, i) =>
    r.analysis.tokens.length < 6
      ? undefined
      : replies
          .slice(0, i)
          .find(
            (e) =>
              e.post.by !== r.post.by &&
              e.analysis.tokens.length >= 6 &&
              similarity(e.analysis.tokens, r.analysis.tokens) >= COPY_PASTE_THRESHOLD,
          ),
  );

describe('copy-paste detection', () => {
  it('finds the same earlier reply as comparing every pair', () => {
    // Templates with a few words changed: pairs fall on both sides of the threshold.
    const templates = [
      'hei kiitos viestistä selvitämme asian ja palaamme huomenna t pyry',
      'we are sorry for the delay and will refund the order today best anna',
      'hyvä asiakas pahoittelemme että tilauksesi on myöhässä lähetämme sen uudelleen tänään ja hyvitämme toimitusmaksun kokonaan kiitos kärsivällisyydestä terveisin pyry asiakaspalvelusta',
    ].map((t) => t.split(' '));
    const reply = fc.record({
      by: fc.constantFrom('maija', 'pekka', 'liisa'),
      template: fc.constantFrom(...templates),
      edits: fc.array(fc.tuple(fc.nat(24), fc.constantFrom('x', 'y', 'z', 'asian', 'the', 'tänään', '')), { maxLength: 6 }),
    });
    fc.assert(
      fc.property(fc.array(reply, { maxLength: 40 }), (specs) => {
        const replies = specs.map(({ by, template, edits }) => {
          const tokens = [...template];
          for (const [at, word] of edits) tokens.splice(at % (tokens.length + 1), word ? 0 : 1, ...(word ? [word] : []));
          return ref(by, tokens);
        });
        expect(firstCopied(replies)).toEqual(byEveryPair(replies));
      }),
      { numRuns: 400 },
    );
  });

  it('finds no copy among a thousand near-copies that stay under the threshold', () => {
    const replies = Array.from({ length: 1000 }, (_, i) =>
      ref(i % 2 ? 'maija' : 'pekka', `hei kiitos viestistä selvitämme asian t pyry ${i}`.split(' ')),
    );
    expect(firstCopied(replies).every((c) => c === undefined)).toBe(true);
    expect(byEveryPair(replies.slice(0, 100)).every((c) => c === undefined)).toBe(true);
  });
});
