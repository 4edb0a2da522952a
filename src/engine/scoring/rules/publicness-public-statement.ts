// Publicness: once the crisis is wide (some visited phase calls for level 2
// or more), a public statement is due. Telling it yourself early ("stealing
// thunder") earns full credit; a statement that comes only after the drill's
// worst phase had been on for half an hour earns half. Scored once; no flag
// at all when no phase ever called for a statement.
import type { PhaseVisit } from '../types.ts';
import type { Rule } from '../types.ts';
import { duration } from '../explain.ts';
import { callsFor, phaseModel, phaseName, statements } from '../query.ts';

const ID = 'publicness.public-statement';
const MAX = 10;
const LATE = 5;
/** How long the worst phase may run before a statement counts as late. */
export const STATEMENT_GRACE_MS = 30 * 60_000;

export const publicStatement: Rule = {
  id: ID,
  dimension: 'publicness',
  apply(record) {
    const wide = record.phaseHistory.filter((v) => callsFor(record, v.phase) >= 2);
    if (wide.length === 0) return [];
    // The worst phase: an ending marked 'worst' if one was reached, else the
    // first visit of the highest level called for.
    const worst: PhaseVisit =
      record.phaseHistory.find((v) => phaseModel(record, v.phase)?.ending === 'worst') ??
      wide.reduce((w, v) => (callsFor(record, v.phase) > callsFor(record, w.phase) ? v : w));
    const worstName = phaseName(record, worst.phase);
    const first = statements(record)[0];
    const base = { id: `${ID}:statement`, rule: ID, dimension: 'publicness' as const, max: MAX, matches: [] };
    if (!first) {
      return [
        {
          ...base,
          points: 0,
          at: record.endedAt,
          explain: {
            fi: `Kriisi laajeni (vaihe ”${phaseName(record, wide[0].phase)}”), mutta julkista tiedotetta ei annettu.`,
            en: `The crisis went wide (phase “${phaseName(record, wide[0].phase)}”), but no public statement was published.`,
          },
        },
      ];
    }
    const late = first.action.at > worst.at + STATEMENT_GRACE_MS;
    const after = duration(first.action.at - worst.at);
    return [
      {
        ...base,
        points: late ? LATE : MAX,
        at: first.action.at,
        action: first.index,
        explain: late
          ? {
              fi: `Julkinen tiedote tuli vasta ${after.fi} pahimman vaiheen (”${worstName}”) alettua – myöhässä.`,
              en: `The public statement came only ${after.en} after the worst phase (“${worstName}”) began — late.`,
            }
          : {
              fi: `Julkinen tiedote annettiin ajoissa, ennen kuin pahin vaihe (”${worstName}”) oli ehtinyt pitkälle.`,
              en: `A public statement was published in time, before the worst phase (“${worstName}”) had run its course.`,
            },
      },
    ];
  },
};
