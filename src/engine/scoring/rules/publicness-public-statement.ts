// Publicness: once the crisis is wide (some visited phase calls for level 2
// or more), a public statement is due. Telling it yourself early ("stealing
// thunder") earns full credit; a statement that comes only after the drill's
// worst phase had been on for half an hour earns half. A statement informs
// the public: one that says nothing of what is being done or happens next
// keeps 60 % of that, and one nobody signs 80 % (answer as a human). Whether
// it is honest is honesty's business (honesty.reply-reading reads it).
// Scored once; no flag when no phase called for a statement, or when only
// the trainee's own mistakes made the crisis wide and no statement came
// (conduct, not consequence: the mistake was charged where it was made).
import type { Flag, Rule } from '../types.ts';
import type { PhaseVisit } from '../../run/record.ts';
import type { ReasonCode } from '../../text/reading.ts';
import { duration, round1 } from '../explain.ts';
import { callsFor, isConsequenceVisit, phaseModel, phaseName, readingOf, statements } from '../query.ts';

const ID = 'publicness.public-statement';
const MAX = 10;
const LATE = 5;
const UNINFORMATIVE = 0.6;
const UNSIGNED = 0.8;
/** Reasons in a statement's reading that tell the public something: what is done, what happens next, the facts. */
const INFORMS: ReadonlySet<ReasonCode> = new Set(['next_step', 'remedy', 'regret_with_remedy', 'correction']);
/** How long the worst phase may run before a statement counts as late. */
export const STATEMENT_GRACE_MS = 30 * 60_000;

export const publicStatement: Rule = {
  id: ID,
  dimension: 'publicness',
  apply(record) {
    const wideAll = record.phaseHistory.filter((v) => callsFor(record, v.phase) >= 2);
    const wide = wideAll.filter((v) => !isConsequenceVisit(record, record.phaseHistory.indexOf(v)));
    if (wideAll.length === 0) return [];
    if (wide.length === 0 && statements(record).length === 0) return [];
    const scope = wide.length > 0 ? wide : wideAll;
    // The worst phase: an ending marked 'worst' if one was reached, else the
    // first visit of the highest level called for.
    const worst: PhaseVisit =
      record.phaseHistory.find((v) => phaseModel(record, v.phase)?.ending === 'worst') ??
      scope.reduce((w, v) => (callsFor(record, v.phase) > callsFor(record, w.phase) ? v : w));
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
            fi: `Kriisi laajeni (vaihe ”${phaseName(record, scope[0].phase)}”), mutta julkista tiedotetta ei annettu.`,
            en: `The crisis went wide (phase “${phaseName(record, scope[0].phase)}”), but no public statement was published.`,
          },
        },
      ];
    }
    const late = first.action.at > worst.at + STATEMENT_GRACE_MS;
    const after = duration(first.action.at - worst.at);
    const reading = readingOf(record, first.index);
    const informs = reading.reasons.some((r) => INFORMS.has(r.code));
    const signed = Boolean(first.action.signedBy?.trim()) || first.analysis.markers.some((m) => m.kind === 'signature');
    const points = round1((late ? LATE : MAX) * (informs ? 1 : UNINFORMATIVE) * (signed ? 1 : UNSIGNED));
    const content = [
      ...(informs
        ? []
        : [
            {
              fi: 'Se ei kerro, mitä tehdään tai mitä seuraavaksi tapahtuu.',
              en: 'It does not say what is being done or what happens next.',
            },
          ]),
      ...(signed ? [] : [{ fi: 'Kukaan ei allekirjoittanut sitä.', en: 'Nobody signed it.' }]),
    ];
    const tail = (lang: 'fi' | 'en') => content.map((c) => ' ' + c[lang]).join('');
    const flagOut: Flag = {
      ...base,
      points,
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
    };
    flagOut.explain = { fi: flagOut.explain.fi + tail('fi'), en: flagOut.explain.en + tail('en') };
    return [flagOut];
  },
};
