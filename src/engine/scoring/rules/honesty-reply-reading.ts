// Honesty: how good was each answer, read as a whole (text/reading.ts)?
// One opportunity of 10 per post that needed an answer and got one, and per
// public statement:
//   good 10 · acceptable 6 · poor 0
// The best reply to a post counts (a holding reply may come first), but a
// poor reply or a hedged apology elsewhere in the same thread caps the post
// at acceptable: what was said stays said. One hedge lowers the grade by a step; the reasons and
// the words behind them are the evidence.
import type { Grade, Reading } from '../../text/reading.ts';
import type { Flag, Rule } from '../types.ts';
import type { RunRecord } from '../../run/record.ts';
import { describeReading, GRADE_WORDS, readingMatches } from '../reading-words.ts';
import { personaName, postsNeedingAnswer, readingOf, repliesTo, statements, type ReplyRef } from '../query.ts';

const ID = 'honesty.reply-reading';
const MAX = 10;
export const GRADE_POINTS: Record<Grade, number> = { good: 10, acceptable: 6, poor: 0 };

function flag(
  record: RunRecord,
  reading: Reading,
  base: Omit<Flag, 'points' | 'matches' | 'explain' | 'rule' | 'dimension' | 'max'>,
  who: string,
  capped?: ReplyRef,
): Flag {
  let points = GRADE_POINTS[reading.grade];
  const fi = [`${who}${describeReading(reading, 'fi')}`];
  const en = [`${who}${describeReading(reading, 'en')}`];
  if (capped && points > GRADE_POINTS.acceptable) {
    points = GRADE_POINTS.acceptable;
    const r = readingOf(record, capped.index);
    fi.push(`Samaan ketjuun meni myös ${GRADE_WORDS[r.grade].fi} vastaus (${describeReading(r, 'fi')}), joten enintään ${points}.`);
    en.push(
      `An ${GRADE_WORDS[r.grade].en === 'poor' ? 'answer read as poor' : 'answer read as acceptable'} went to the same thread too (${describeReading(r, 'en')}), so at most ${points}.`,
    );
  }
  const out: Flag = {
    ...base,
    rule: ID,
    dimension: 'honesty',
    points,
    max: MAX,
    matches: readingMatches(reading),
    explain: { fi: fi.join(' '), en: en.join(' ') },
  };
  if (reading.unsure.length > 0) out.unsure = [...reading.unsure];
  return out;
}

export const replyReading: Rule = {
  id: ID,
  dimension: 'honesty',
  apply(record) {
    const out: Flag[] = [];
    for (const { post } of postsNeedingAnswer(record)) {
      const replies = repliesTo(record, post.id);
      if (replies.length === 0) continue; // honesty.unanswered covers silence
      const graded = replies.map((r) => ({ r, reading: readingOf(record, r.index) }));
      const best = graded.reduce((b, x) => (GRADE_POINTS[x.reading.grade] > GRADE_POINTS[b.reading.grade] ? x : b));
      // What was said stays said: a reply that harmed, or a hedge that weakened an apology, caps the thread.
      // An empty follow-up ("thanks, all done") or a thin holding reply is no harm.
      const poor = graded.find(
        (x) =>
          x !== best &&
          x.reading.reasons.some(
            (r) => r.code.startsWith('hedge_') || (r.effect === 'harms' && r.code !== 'nothing' && x.reading.grade === 'poor'),
          ),
      );
      out.push(
        flag(
          record,
          best.reading,
          { id: `${ID}:${post.id}`, post: post.id, at: best.r.action.at, action: best.r.index },
          `${personaName(record, post.by)}: `,
          poor?.r,
        ),
      );
    }
    for (const s of statements(record)) {
      const who = { fi: 'Julkinen tiedote: ', en: 'The public statement: ' };
      const f = flag(record, readingOf(record, s.index), { id: `${ID}:statement-${s.index}`, at: s.action.at, action: s.index }, '');
      f.explain = { fi: who.fi + f.explain.fi, en: who.en + f.explain.en };
      out.push(f);
    }
    return out;
  },
};
