// Honesty: keep your promises (the toy-shop chat case). Each promise that
// fell due during the drill is an opportunity of 10: kept by a follow-up to
// the same person (or a later reply in its thread) before its deadline, 10;
// broken, 0 — a broken promise becomes the next complaint. Lateness of a
// promise is this rule's alone: it is not charged again in speed. Promises
// due after the drill ended are listed as open in the scorecard, never
// counted as kept.
import type { Flag, Rule } from '../types.ts';
import { duration } from '../explain.ts';
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
      if (outcome === 'open') continue;
      const who = personaName(record, p.persona);
      const w = duration(p.deadline - p.madeAt);
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
              fi: `${who}: lupaus ”${p.match.text}” pidettiin (määräaika ${w.fi}).`,
              en: `${who}: the promise “${p.match.text}” was kept (deadline ${w.en}).`,
            }
          : {
              fi: `${who}: lupaus ”${p.match.text}” jäi pitämättä (määräaika ${w.fi}); rikottu lupaus on seuraava valitus.`,
              en: `${who}: the promise “${p.match.text}” was broken (deadline ${w.en}); a broken promise becomes the next complaint.`,
            },
      });
    }
    return out;
  },
};
