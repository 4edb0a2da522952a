// Speed: how soon each post that needed an answer got its first PUBLIC
// reply, against the target for its severity. Full credit within the
// target, falling linearly to nothing at four times the target (domain
// notes: "within an hour", the golden hour shrunk to minutes). A fast reply
// that argues, or denies where the company was at fault, earns at most 3:
// first-but-wrong must not win.
import type { Flag, Rule } from '../types.ts';
import { duration, quote, round1, SEVERITY } from '../explain.ts';
import { personaName, postsNeedingAnswer, repliesTo } from '../query.ts';

const ID = 'speed.first-public-reply';
const MAX = 10;
const HARMFUL_CAP = 3;

/** Linear credit: MAX up to the target, 0 from 4 × target on. */
export function speedPoints(delayMs: number, targetMs: number): number {
  if (delayMs <= targetMs) return MAX;
  if (delayMs >= 4 * targetMs) return 0;
  return round1((MAX * (4 * targetMs - delayMs)) / (3 * targetMs));
}

export const firstPublicReply: Rule = {
  id: ID,
  dimension: 'speed',
  apply(record) {
    return postsNeedingAnswer(record).map(({ post, at }): Flag => {
      const who = personaName(record, post.by);
      const target = record.model.scoring.speedTargetsMs[post.severity];
      const t = duration(target);
      const sev = SEVERITY[post.severity];
      const first = repliesTo(record, post.id).find((r) => r.action.visibility === 'public');
      const base = { id: `${ID}:${post.id}`, rule: ID, dimension: 'speed' as const, max: MAX, post: post.id };
      if (!first) {
        return {
          ...base,
          points: 0,
          at: record.endedAt,
          matches: [],
          explain: {
            fi: `${who}: julkaisu ei saanut julkista vastausta lainkaan; tavoite vakavuudella ”${sev.fi}” on ${t.fi}.`,
            en: `${who}: the post never got a public reply; the target for a ${sev.en}-severity post is ${t.en}.`,
          },
        };
      }
      const delay = first.action.at - at;
      const d = duration(delay);
      const harmful = first.analysis.markers.filter((m) => m.kind === 'arguing' || (m.kind === 'denial' && post.companyAtFault));
      let points = speedPoints(delay, target);
      let fi = `${who}: ensimmäinen julkinen vastaus tuli ${d.fi} julkaisusta; tavoite vakavuudella ”${sev.fi}” on ${t.fi}.`;
      let en = `${who}: the first public reply came ${d.en} after the post; the target for a ${sev.en}-severity post is ${t.en}.`;
      if (harmful.length > 0 && points > HARMFUL_CAP) {
        points = HARMFUL_CAP;
        fi = `${who}: ensimmäinen julkinen vastaus tuli ${d.fi} julkaisusta, mutta se väitteli tai kiisti (${quote(harmful, 'fi')}), joten nopeudesta saa enintään ${HARMFUL_CAP} pistettä.`;
        en = `${who}: the first public reply came ${d.en} after the post but argued or denied (${quote(harmful, 'en')}), so its speed earns at most ${HARMFUL_CAP} points.`;
      }
      return { ...base, points, at: first.action.at, action: first.index, matches: harmful, explain: { fi, en } };
    });
  },
};
