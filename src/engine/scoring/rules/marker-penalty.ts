// The shape shared by the honesty penalties that a phrase triggers
// (non-apology, excuse, scapegoat, arguing, denial, over-promise): one flag
// per reply or statement that contains the phrase, with every matching
// range as evidence. Public statements are judged too.
import type { MarkerKind } from '../../text/types.ts';
import type { Flag, Rule } from '../types.ts';
import { quote } from '../explain.ts';
import { allReplies, personaName, scenarioAtFault, statements } from '../query.ts';

export interface MarkerPenaltyOptions {
  id: string;
  kind: MarkerKind;
  points: number;
  /**
   * Only where the company was at fault. An excuse, a scapegoat or a denial
   * is the deny/diminish family, which fits a false rumour (Coombs): "that
   * is not true" is the right answer there.
   */
  onlyAtFault?: boolean;
  /** Why it matters, completing "…says “X”: <why>". */
  why: { fi: string; en: string };
}

export function markerPenalty(o: MarkerPenaltyOptions): Rule {
  return {
    id: o.id,
    dimension: 'honesty',
    apply(record) {
      const out: Flag[] = [];
      for (const r of allReplies(record)) {
        if (o.onlyAtFault && !r.post.companyAtFault) continue;
        const ms = r.analysis.markers.filter((m) => m.kind === o.kind);
        if (ms.length === 0) continue;
        const who = personaName(record, r.post.by);
        out.push({
          id: `${o.id}:${r.index}`,
          rule: o.id,
          dimension: 'honesty',
          points: o.points,
          post: r.post.id,
          at: r.action.at,
          action: r.index,
          matches: ms,
          explain: {
            fi: `${who}: vastauksessa lukee ${quote(ms, 'fi')}: ${o.why.fi}`,
            en: `${who}: the reply says ${quote(ms, 'en')}: ${o.why.en}`,
          },
        });
      }
      const atFault = o.onlyAtFault ? scenarioAtFault(record) : true;
      for (const s of atFault ? statements(record) : []) {
        const ms = s.analysis.markers.filter((m) => m.kind === o.kind);
        if (ms.length === 0) continue;
        out.push({
          id: `${o.id}:${s.index}`,
          rule: o.id,
          dimension: 'honesty',
          points: o.points,
          at: s.action.at,
          action: s.index,
          matches: ms,
          explain: {
            fi: `Julkisessa tiedotteessa lukee ${quote(ms, 'fi')}: ${o.why.fi}`,
            en: `The public statement says ${quote(ms, 'en')}: ${o.why.en}`,
          },
        });
      }
      return out;
    },
  };
}
