// Speed: promises made in replies ("soitamme huomenna") kept on time. The
// session decides kept/broken; a promise still open after its deadline
// counts as broken, one still open before it is not scored yet.
import type { Flag, Rule } from '../types.ts';
import { duration } from '../explain.ts';
import { personaName } from '../query.ts';
import { promiseOutcome } from './promise-outcome.ts';

const ID = 'speed.follow-up-on-time';
const MAX = 5;

export const followUpOnTime: Rule = {
  id: ID,
  dimension: 'speed',
  apply(record) {
    const out: Flag[] = [];
    for (const p of record.promises) {
      const outcome = promiseOutcome(record, p);
      if (outcome === 'open') continue;
      const who = personaName(record, p.persona);
      const span = duration(p.deadline - p.madeAt);
      const kept = outcome === 'kept';
      out.push({
        id: `${ID}:${p.id}`,
        rule: ID,
        dimension: 'speed',
        points: kept ? MAX : 0,
        max: MAX,
        post: p.post,
        at: kept ? (p.resolvedAt ?? p.deadline) : p.deadline,
        action: p.action,
        matches: [p.match],
        explain: kept
          ? {
              fi: `${who}: lupaukseen ”${p.match.text}” palattiin määräajassa (${span.fi}).`,
              en: `${who}: the promise “${p.match.text}” was followed up within its deadline (${span.en}).`,
            }
          : {
              fi: `${who}: lupaukseen ”${p.match.text}” ei palattu määräajassa (${span.fi}).`,
              en: `${who}: the promise “${p.match.text}” was not followed up within its deadline (${span.en}).`,
            },
      });
    }
    return out;
  },
};
