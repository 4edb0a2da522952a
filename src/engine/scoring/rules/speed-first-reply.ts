// Speed: how soon each post that needed an answer got its first reply —
// in any visibility, since privacy is publicness's business — against the
// target for its severity. Full credit within the target, falling linearly
// to nothing at four times the target (domain notes: "within an hour", the
// golden hour shrunk to minutes). What the reply said is honesty's business:
// a mistake is charged once, in its own dimension.
import type { Flag, Rule } from '../types.ts';
import { duration, round1, SEVERITY } from '../explain.ts';
import { personaName, postsNeedingAnswer, repliesTo } from '../query.ts';

const ID = 'speed.first-reply';
const MAX = 10;

/** Linear credit: MAX up to the target, 0 from 4 × target on. */
export function speedPoints(delayMs: number, targetMs: number): number {
  if (delayMs <= targetMs) return MAX;
  if (delayMs >= 4 * targetMs) return 0;
  return round1((MAX * (4 * targetMs - delayMs)) / (3 * targetMs));
}

export const firstReply: Rule = {
  id: ID,
  dimension: 'speed',
  apply(record) {
    return postsNeedingAnswer(record).map(({ post, at }): Flag => {
      const who = personaName(record, post.by);
      const target = record.model.scoring.speedTargetsMs[post.severity];
      const t = duration(target);
      const sev = SEVERITY[post.severity];
      const first = repliesTo(record, post.id)[0];
      const base = { id: `${ID}:${post.id}`, rule: ID, dimension: 'speed' as const, max: MAX, post: post.id };
      if (!first) {
        return {
          ...base,
          points: 0,
          at: record.endedAt,
          matches: [],
          explain: {
            fi: `${who}: julkaisuun ei vastattu lainkaan; tavoite vakavuudella ”${sev.fi}” on ${t.fi}.`,
            en: `${who}: the post never got a reply; the target for a ${sev.en}-severity post is ${t.en}.`,
          },
        };
      }
      const delay = first.action.at - at;
      const d = duration(delay);
      const how =
        first.action.visibility === 'public'
          ? { fi: 'julkinen vastaus', en: 'public reply' }
          : { fi: 'vastaus (yksityisviesti)', en: 'reply (a private message)' };
      const points = speedPoints(delay, target);
      const fi = `${who}: ensimmäinen ${how.fi} tuli ${d.fi} julkaisusta; tavoite vakavuudella ”${sev.fi}” on ${t.fi}.`;
      const en = `${who}: the first ${how.en} came ${d.en} after the post; the target for a ${sev.en}-severity post is ${t.en}.`;
      return { ...base, points, at: first.action.at, action: first.index, matches: [], explain: { fi, en } };
    });
  },
};
