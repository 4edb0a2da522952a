// Honesty: silence is not an answer. A post that needed an answer and got
// none at all, public or private, is an opportunity of 10 earned 0 — the
// same weight an answered post has in honesty.apology-fits.
import type { Rule } from '../types.ts';
import { personaName, postsNeedingAnswer, repliesTo } from '../query.ts';

const ID = 'honesty.unanswered';

export const unanswered: Rule = {
  id: ID,
  dimension: 'honesty',
  apply(record) {
    return postsNeedingAnswer(record)
      .filter(({ post }) => repliesTo(record, post.id).length === 0)
      .map(({ post }) => {
        const who = personaName(record, post.by);
        return {
          id: `${ID}:${post.id}`,
          rule: ID,
          dimension: 'honesty' as const,
          points: 0,
          max: 10,
          post: post.id,
          at: record.endedAt,
          matches: [],
          explain: {
            fi: `${who}: julkaisuun ei vastattu lainkaan, ei julkisesti eikä yksityisesti – vaikeneminen ei ole vastaus.`,
            en: `${who}: the post got no answer at all, public or private — silence is not an answer.`,
          },
        };
      });
  },
};
