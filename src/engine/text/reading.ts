// The graded reading of a reply or a statement: good / acceptable / poor,
// with every reason and the words behind it. This is the one place that
// decides how good an answer is; the run-time's conditions (`reply: { grade
// }`, the older `honest`) and the honesty score both read it, so a branch and
// a score never disagree.
//
// The grades follow Coombs's fit (domain notes) and the corpus label guide
// (tests/corpus/LABELS.md):
//   at fault      good        owns the act (an apology, not a regret) and says something
//                             about this complaint; no hedge, blame or arguing
//                 acceptable  a thin formula, a regret (with a remedy or not), a holding reply or
//                             a next step; or one
//                             hedge (an excuse, a non-apology) beside a real apology
//                 poor        the hedge is the message, blame is shifted, the complainant is argued
//                             with, the fault denied, a fix claimed too early, more promised than
//                             anyone can keep, apology words stacked with nothing about the
//                             complaint, or nothing at all
//   not at fault  good        corrects with facts or shows concern, without owning the act
//                 acceptable  a bare denial, a thin holding reply; a non-apology lowers a step
//                 poor        apologises for what the company did not do, argues, over-promises
// One hedge lowers the grade by one step; it never turns an apology into an attack.
import type { MarkerKind, MarkerMatch, TextAnalysis, TextRange } from './types.ts';
import { sharedWords } from './reference.ts';
import { SARCASM_CUE } from './analyse.ts';
import { sentenceAt, sentences } from './tokenise.ts';

export type Grade = 'good' | 'acceptable' | 'poor';
export const GRADES: readonly Grade[] = ['poor', 'acceptable', 'good'];
/** Does `grade` reach `atLeast`? */
export const gradeAtLeast = (grade: Grade, atLeast: Grade): boolean => GRADES.indexOf(grade) >= GRADES.indexOf(atLeast);
/** Each grade's name in Finnish and English, for scorecards, conditions and the explorer. */
export const GRADE_WORDS: Record<Grade, { fi: string; en: string }> = {
  good: { fi: 'hyvä', en: 'good' },
  acceptable: { fi: 'kelvollinen', en: 'acceptable' },
  poor: { fi: 'heikko', en: 'poor' },
};

export type ReasonCode =
  // what lifts
  | 'apology'
  | 'regret_with_remedy'
  | 'regret'
  | 'specific'
  | 'remedy'
  | 'next_step'
  | 'correction'
  | 'concern'
  // what lowers by a step
  | 'hedge_excuse'
  | 'hedge_non_apology'
  | 'hedge_scapegoat'
  | 'not_specific'
  | 'bare_denial'
  | 'regret_for_rumour'
  // what makes it poor
  | 'non_apology'
  | 'excuse'
  | 'scapegoat'
  | 'arguing'
  | 'denial'
  | 'over_promise'
  | 'premature_claim'
  | 'stuffing'
  | 'apology_for_rumour'
  | 'nothing';

export type UnsureCode =
  | 'mixed_signals' // an apology and a denial or an attack in one text
  | 'sarcasm_cue' // an eye-roll emoji, scare quotes round the apology
  | 'fix_unconfirmed' // a claim that it is fixed, and the scenario does not say when it is
  | 'long_unread'; // a long text in which the reading found almost nothing

export interface ReadingReason {
  code: ReasonCode;
  effect: 'lifts' | 'lowers' | 'harms';
  matches: TextRange[];
}

export interface Reading {
  grade: Grade;
  reasons: ReadingReason[];
  /** Why the reading may be wrong; empty when it is sure. */
  unsure: UnsureCode[];
  /** An apology for the act (neither negated nor a non-apology). */
  apology: boolean;
}

export interface ReadingContext {
  /** Was the company at fault for what the post complains about? */
  atFault: boolean;
  /** The text being answered, to tell a specific answer from a formula. */
  postText?: string;
  /**
   * Whether the fault was really fixed when this was written: 'yes', 'no', or
   * 'unknown' when the scenario does not say (a "fixed" claim is then unsure).
   */
  fixed?: 'yes' | 'no' | 'unknown';
}

// Words that make up the formulas themselves; sharing them with the post is
// not a reference to it.
const FORMULA: ReadonlySet<MarkerKind> = new Set(['apology', 'weak_apology', 'non_apology', 'negation', 'concern', 'signature', 'name']);
// Three formula phrases with nothing about the complaint is stacking, not answering.
const STUFFING_FORMULAS = 3;
const HEDGES: ReadonlySet<ReasonCode> = new Set(['hedge_excuse', 'hedge_non_apology', 'hedge_scapegoat']);
const LONG_WORDS = 40;

export function readReply(analysis: TextAnalysis, ctx: ReadingContext, text: string): Reading {
  const of = (k: MarkerKind): MarkerMatch[] => analysis.markers.filter((m) => m.kind === k);
  const apology = of('apology');
  const weak = of('weak_apology');
  const remedy = of('remedy');
  const reasons: ReadingReason[] = [];
  const lift = (code: ReasonCode, matches: TextRange[]) => reasons.push({ code, effect: 'lifts', matches });
  const lower = (code: ReasonCode, matches: TextRange[]) => reasons.push({ code, effect: 'lowers', matches });
  const harm = (code: ReasonCode, matches: TextRange[]) => reasons.push({ code, effect: 'harms', matches });

  const formulas = analysis.markers.filter((m) => FORMULA.has(m.kind) && m.kind !== 'name' && m.kind !== 'signature');
  const specific =
    ctx.postText === undefined
      ? []
      : sharedWords(
          text,
          ctx.postText,
          analysis.language,
          analysis.markers.filter((m) => FORMULA.has(m.kind)),
        );
  const nextStep = [...analysis.promises, ...of('invite'), ...of('action')].sort((a, b) => a.start - b.start);
  const unsure: UnsureCode[] = [];

  // Harms, either way round.
  for (const k of ['arguing', 'over_promise'] as const) if (of(k).length > 0) harm(k, of(k));
  // A public all-clear nobody has confirmed is the premature claim itself; only a confirmed fix excuses it.
  if (of('premature_claim').length > 0 && ctx.fixed !== 'yes') {
    harm('premature_claim', of('premature_claim'));
    if (ctx.fixed !== 'no') unsure.push('fix_unconfirmed');
  }

  if (ctx.atFault) {
    const owns = apology.length > 0 || (weak.length > 0 && remedy.length > 0);
    if (apology.length > 0) lift('apology', apology);
    else if (weak.length > 0 && remedy.length > 0) lift('regret_with_remedy', [...weak, ...remedy]);
    else if (weak.length > 0) lift('regret', weak);
    if (of('denial').length > 0) harm('denial', of('denial'));
    // A hedge beside a real apology lowers by a step; as the whole message it harms.
    const hedge = (kind: 'excuse' | 'non_apology' | 'scapegoat', lowered: ReasonCode) => {
      if (of(kind).length === 0) return;
      if (owns) lower(lowered, of(kind));
      else harm(kind, of(kind));
    };
    hedge('non_apology', 'hedge_non_apology');
    hedge('excuse', 'hedge_excuse');
    hedge('scapegoat', 'hedge_scapegoat');
    if (specific.length > 0) lift('specific', specific);
    if (remedy.length > 0 && !owns) lift('remedy', remedy);
    if (nextStep.length > 0) lift('next_step', nextStep);
    if (of('concern').length > 0) lift('concern', of('concern'));
    if (owns && specific.length === 0 && remedy.length === 0) {
      if (formulas.length >= STUFFING_FORMULAS) harm('stuffing', formulas);
      else lower('not_specific', []);
    }
  } else {
    if (apology.length > 0) harm('apology_for_rumour', apology);
    else if (weak.length > 0) lower('regret_for_rumour', weak);
    // "Sorry you feel that way" dismisses, whoever was right.
    if (of('non_apology').length > 0) lower('hedge_non_apology', of('non_apology'));
    if (of('correction').length > 0) lift('correction', of('correction'));
    else if (of('denial').length > 0) lower('bare_denial', of('denial'));
    if (of('concern').length > 0) lift('concern', of('concern'));
    if (specific.length > 0) lift('specific', specific);
    if (nextStep.length > 0) lift('next_step', nextStep);
  }

  const harms = reasons.filter((r) => r.effect === 'harms');
  // A bare denial is the ceiling of a rumour's answer (acceptable), not a step down from it.
  // Hedges are counted by the sentence: "anteeksi, mutta vika syntyi toimittajamme
  // päivityksessä" is one hedge, read as an excuse and as blame.
  const sents = sentences(text);
  const hedged = new Set(reasons.filter((r) => HEDGES.has(r.code)).flatMap((r) => r.matches.map((m) => sentenceAt(sents, m.start))));
  const lowers = reasons.filter((r) => r.effect === 'lowers' && r.code !== 'bare_denial' && !HEDGES.has(r.code)).length + hedged.size;
  const has = (...codes: ReasonCode[]) => reasons.some((r) => codes.includes(r.code));
  let grade: Grade;
  if (harms.length > 0) grade = 'poor';
  else if (ctx.atFault) {
    const owns = has('apology');
    const top: Grade = owns ? 'good' : has('regret_with_remedy', 'regret', 'next_step', 'concern', 'remedy') ? 'acceptable' : 'poor';
    grade = stepDown(top, lowers);
  } else {
    const top: Grade = has('correction', 'concern') ? 'good' : has('bare_denial', 'next_step', 'specific') ? 'acceptable' : 'poor';
    grade = stepDown(top, lowers);
  }
  // Poor with nothing said at all: say so (poor by hedges already names them).
  if (grade === 'poor' && harms.length === 0 && !reasons.some((r) => r.effect === 'lifts'))
    reasons.push({ code: 'nothing', effect: 'harms', matches: [] });

  // Say when unsure.
  const bad = analysis.markers.some((m) => m.kind === 'arguing' || m.kind === 'denial');
  if (apology.length > 0 && bad) unsure.push('mixed_signals');
  if (SARCASM_CUE.test(text)) unsure.push('sarcasm_cue');
  if (analysis.tokens.length >= LONG_WORDS && reasons.filter((r) => r.code !== 'nothing').length <= 1) unsure.push('long_unread');

  return { grade, reasons, unsure, apology: apology.length > 0 };
}

function stepDown(grade: Grade, steps: number): Grade {
  return GRADES[Math.max(0, GRADES.indexOf(grade) - Math.min(steps, 2))];
}
