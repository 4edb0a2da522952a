// Does a reply fit the facts? The run-time evaluates scenario conditions
// such as `reply: { honest: true }` with this, and the scoring rules use the
// same notion, so a branch and a score never disagree about honesty.
//
// Where the company is at fault (preventable crisis): rebuild — an apology
// for the act, or a weak apology with a remedy; no non-apology, excuse,
// scapegoat, arguing or denial. Where it is not (a false rumour): correct the
// facts or show concern, but do not apologise for the act (a weak
// "pahoittelemme hämmennystä" is regret, tolerated) and do not argue.
// Over-promising is dishonest either way.
import type { PostModel } from '../model.ts';
import type { MarkerKind, TextAnalysis } from './types.ts';

export interface ReplyJudgement {
  /** An apology for the act: an apology marker that is neither negated nor a non-apology. */
  apology: boolean;
  honest: boolean;
  /** Stable reason codes, e.g. 'apology', 'excuse', 'apologised_for_false_rumour'. */
  reasons: string[];
}

export function judgeReply(analysis: TextAnalysis, post: Pick<PostModel, 'companyAtFault'>): ReplyJudgement {
  const has = (k: MarkerKind) => analysis.markers.some((m) => m.kind === k);
  const apology = has('apology');
  const reasons: string[] = [];
  let honest: boolean;
  if (post.companyAtFault) {
    if (apology) reasons.push('apology');
    else if (has('weak_apology') && has('remedy')) reasons.push('weak_apology_with_remedy');
    else reasons.push(has('weak_apology') ? 'weak_apology_without_remedy' : 'no_apology');
    honest = reasons[0] === 'apology' || reasons[0] === 'weak_apology_with_remedy';
    for (const k of ['non_apology', 'excuse', 'scapegoat', 'arguing', 'denial'] as const) {
      if (has(k)) {
        reasons.push(k);
        honest = false;
      }
    }
  } else {
    const fits = has('correction') || has('concern');
    reasons.push(fits ? (has('correction') ? 'correction' : 'concern') : 'no_correction');
    honest = fits;
    if (apology) {
      reasons.push('apologised_for_false_rumour');
      honest = false;
    }
    if (has('arguing')) {
      reasons.push('arguing');
      honest = false;
    }
  }
  if (has('over_promise')) {
    reasons.push('over_promise');
    honest = false;
  }
  return { apology, honest, reasons };
}
