// Honesty: keep your promises (the toy-shop chat case). Each promise that
// fell due during the drill is an opportunity of 10: kept by a follow-up to
// the same person (or a later reply in its thread) before its deadline, 10;
// broken, 0 — a broken promise becomes the next complaint. Lateness of a
// promise is this rule's alone: it is not charged again in speed. Promises
// due after the drill ended, and open-ended ones ("asiaa selvitetään"), are
// listed as open in the scorecard, never counted as kept or broken.
import type { Flag, Rule } from '../types.ts';
import type { PromiseRecord } from '../../run/record.ts';
import { duration, wallClock, type Bilingual } from '../explain.ts';
import { personaName } from '../query.ts';
import { promiseOutcome } from './promise-outcome.ts';

const ID = 'honesty.promises';
const MAX = 10;

export const promises: Rule = {
  id: ID,
  dimension: 'honesty',
  apply(record) {
    const out: Flag[] = [];
    for (const p of record.promises) {
      const outcome = promiseOutcome(record, p);
      // Open-ended promises name no time to be judged by: kept or not, they are not scored.
      if (outcome === 'open' || p.openEnded) continue;
      const who = personaName(record, p.persona);
      const w = deadlineWords(record.model.startsAt, p);
      const kept = outcome === 'kept';
      out.push({
        id: `${ID}:${p.id}`,
        rule: ID,
        dimension: 'honesty',
        points: kept ? MAX : 0,
        max: MAX,
        post: p.post,
        at: kept ? (p.resolvedAt ?? p.deadline) : p.deadline,
        action: p.action,
        matches: [p.match],
        explain: kept
          ? {
              fi: `${who}: lupaus ”${p.match.text}” pidettiin (${w.fi}).`,
              en: `${who}: the promise “${p.match.text}” was kept (${w.en}).`,
            }
          : {
              fi: `${who}: lupaus ”${p.match.text}” jäi pitämättä (${w.fi}); rikottu lupaus on seuraava valitus.`,
              en: `${who}: the promise “${p.match.text}” was broken (${w.en}); a broken promise becomes the next complaint.`,
            },
      });
    }
    return out;
  },
};

/** "due at 17:00, 6 h 55 min after it was made", or, with no time named, the scenario's default. */
export function deadlineWords(startsAt: number, p: PromiseRecord): Bilingual {
  const w = duration(p.deadline - p.madeAt);
  if (!p.deadlineNamed)
    return {
      fi: `aikaa ei mainittu, joten määräaika on skenaarion oletus ${w.fi}`,
      en: `no time was named, so the scenario's default of ${w.en} applies`,
    };
  const at = wallClock(startsAt + p.deadline, startsAt + p.madeAt);
  return { fi: `määräaika ${at.fi}, ${w.fi} lupauksesta`, en: `due ${at.en}, ${w.en} after it was made` };
}
