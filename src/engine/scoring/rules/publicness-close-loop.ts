// Publicness: after taking a conversation to private messages, come back to
// the thread so that bystanders see it was resolved ("answer in the same
// conversation where it started").
import type { Flag, Rule } from '../types.ts';
import { allReplies, personaName } from '../query.ts';

const ID = 'publicness.close-loop';
const MAX = 5;

export const closeLoop: Rule = {
  id: ID,
  dimension: 'publicness',
  apply(record) {
    const replies = allReplies(record);
    const out: Flag[] = [];
    const done = new Set<string>();
    for (const r of replies) {
      if (r.action.visibility !== 'private' || done.has(r.post.id)) continue;
      done.add(r.post.id);
      const closing = replies.find((x) => x.post.id === r.post.id && x.index > r.index && x.action.visibility === 'public');
      const who = personaName(record, r.post.by);
      out.push({
        id: `${ID}:${r.post.id}`,
        rule: ID,
        dimension: 'publicness',
        points: closing ? MAX : 0,
        max: MAX,
        post: r.post.id,
        at: closing ? closing.action.at : r.action.at,
        action: closing ? closing.index : r.index,
        matches: [],
        explain: closing
          ? {
              fi: `${who}: yksityisviestien jälkeen ketjuun palattiin julkisesti, joten muutkin näkivät asian hoituneen.`,
              en: `${who}: after the private messages the thread got a public follow-up, so others saw it resolved.`,
            }
          : {
              fi: `${who}: keskustelu siirrettiin yksityisviesteihin eikä ketjuun palattu julkisesti.`,
              en: `${who}: the conversation went to private messages and the thread never got a public follow-up.`,
            },
      });
    }
    return out;
  },
};
