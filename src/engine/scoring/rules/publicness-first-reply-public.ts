// Publicness: answer where the complaint was made. Bystanders read the
// thread; a public first reply helps more than "please DM us", and going
// public after a private start helps less (Liao et al. 2025).
//   first reply public 10 · private, then public 5 · private only 2 · none 0
// A public reply in a thread that was then deleted or hidden is gone from
// view, so it earns nothing here (the removal itself is penalised apart).
import type { Flag, Rule } from '../types.ts';
import { personaName, postsNeedingAnswer, removal, repliesTo } from '../query.ts';

const ID = 'publicness.first-reply-public';
const MAX = 10;

export const firstReplyPublic: Rule = {
  id: ID,
  dimension: 'publicness',
  apply(record) {
    return postsNeedingAnswer(record).map(({ post }): Flag => {
      const who = personaName(record, post.by);
      const replies = repliesTo(record, post.id);
      const base = { id: `${ID}:${post.id}`, rule: ID, dimension: 'publicness' as const, max: MAX, post: post.id, matches: [] };
      const first = replies[0];
      if (!first) {
        return {
          ...base,
          points: 0,
          at: record.endedAt,
          explain: { fi: `${who}: julkaisuun ei vastattu lainkaan.`, en: `${who}: the post got no reply at all.` },
        };
      }
      const at = first.action.at;
      const action = first.index;
      const gone = removal(record, post.id);
      if (first.action.visibility === 'public' && (gone.deleted !== undefined || gone.hidden !== undefined)) {
        return {
          ...base,
          points: 0,
          at,
          action,
          explain: {
            fi: `${who}: ensimmäinen vastaus oli julkinen, mutta julkaisu ${gone.deleted !== undefined ? 'poistettiin' : 'piilotettiin'} ja vastaus katosi sen mukana.`,
            en: `${who}: the first reply was public, but the post was ${gone.deleted !== undefined ? 'deleted' : 'hidden'} and the reply went with it.`,
          },
        };
      }
      if (first.action.visibility === 'public') {
        return {
          ...base,
          points: MAX,
          at,
          action,
          explain: {
            fi: `${who}: ensimmäinen vastaus oli julkinen, samassa ketjussa kuin valitus.`,
            en: `${who}: the first reply was public, in the same thread as the complaint.`,
          },
        };
      }
      const laterPublic = replies.find((r) => r.action.visibility === 'public');
      if (laterPublic) {
        return {
          ...base,
          points: 5,
          at,
          action,
          explain: {
            fi: `${who}: ensimmäinen vastaus oli yksityisviesti; julkinen vastaus tuli vasta myöhemmin.`,
            en: `${who}: the first reply was a private message; a public one came only later.`,
          },
        };
      }
      return {
        ...base,
        points: 2,
        at,
        action,
        explain: {
          fi: `${who}: vastattiin vain yksityisviestillä; ketjun lukijat eivät nähneet vastausta.`,
          en: `${who}: answered only by private message; people reading the thread saw no answer.`,
        },
      };
    });
  },
};
