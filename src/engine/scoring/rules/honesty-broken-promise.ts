// Honesty: a broken promise becomes the next complaint (the toy-shop chat
// case). Scored here as dishonesty, separately from the speed credit it
// also costs, because the scorecard teaches both lessons.
import type { Flag, Rule } from '../types.ts';
import { duration } from '../explain.ts';
import { personaName } from '../query.ts';
import { promiseOutcome } from './promise-outcome.ts';

const ID = 'honesty.broken-promise';

export const brokenPromise: Rule = {
  id: ID,
  dimension: 'honesty',
  apply(record) {
    const out: Flag[] = [];
    for (const p of record.promises) {
      if (promiseOutcome(record, p) !== 'broken') continue;
      const who = personaName(record, p.persona);
      const w = duration(p.deadline - p.madeAt);
      out.push({
        id: `${ID}:${p.id}`,
        rule: ID,
        dimension: 'honesty',
        points: -15,
        post: p.post,
        at: p.deadline,
        action: p.action,
        matches: [p.match],
        explain: {
          fi: `${who}: lupaus ”${p.match.text}” jäi pitämättä (määräaika ${w.fi}); rikottu lupaus on seuraava valitus.`,
          en: `${who}: the promise “${p.match.text}” was broken (deadline ${w.en}); a broken promise becomes the next complaint.`,
        },
      });
    }
    return out;
  },
};
