// The shape shared by deleting and hiding: Finnish practice says never
// remove legitimate criticism. A post that needed an answer costs the full
// penalty; a troll's (or a fan's) post a small one, since removing even
// those reads as censorship to bystanders.
import type { Flag, Rule } from '../types.ts';
import { isTroll, personaName, postModel } from '../query.ts';

export interface RemovalOptions {
  id: string;
  action: 'delete' | 'hide';
  criticism: number;
  other: number;
  verb: { fi: string; en: string };
}

export function removalPenalty(o: RemovalOptions): Rule {
  return {
    id: o.id,
    dimension: 'publicness',
    apply(record) {
      const out: Flag[] = [];
      record.log.forEach((a, index) => {
        if (a.type !== o.action) return;
        const post = postModel(record, a.post);
        if (!post) return;
        const who = personaName(record, post.by);
        const critical = post.expectsReply;
        const kind = critical
          ? { fi: 'kritiikki, johon olisi pitänyt vastata', en: 'criticism that needed an answer' }
          : isTroll(record, post)
            ? { fi: 'trollin viesti; silti sensuurin näköistä', en: "a troll's post; it still looks like censorship" }
            : {
                fi: 'viesti, joka ei vaatinut vastausta; silti sensuurin näköistä',
                en: 'a post that needed no answer; it still looks like censorship',
              };
        out.push({
          id: `${o.id}:${index}`,
          rule: o.id,
          dimension: 'publicness',
          points: critical ? o.criticism : o.other,
          post: post.id,
          at: a.at,
          action: index,
          matches: [],
          explain: {
            fi: `${who}: julkaisu ${o.verb.fi} – ${kind.fi}.`,
            en: `${who}: the post was ${o.verb.en} — ${kind.en}.`,
          },
        });
      });
      return out;
    },
  };
}
