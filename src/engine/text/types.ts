// What the reply analyser finds in a piece of text: markers with their
// character ranges (so the scorecard can highlight the very words) and
// promises with deadlines. Pure data; no scoring decisions here.
import type { Language } from '../model.ts';
import type { DeadlineSpec } from './deadlines.ts';

export type MarkerKind =
  | 'apology' // pyydämme anteeksi, olemme pahoillamme, teimme virheen; we apologise, we got this wrong
  | 'weak_apology' // pahoittelemme, pahoittelut; apologies for
  | 'non_apology' // pahoittelemme, jos…; mielensä pahoittaneille; sorry if, sorry you feel
  | 'excuse' // mutta (after an apology), ohjeistuksemme mukaan, kiireinen sesonki; per policy, beyond our control
  | 'scapegoat' // alihankkija, järjestelmävirhe; the subcontractor, a system error
  | 'arguing' // et ole ymmärtänyt, väitteesi; you misunderstood, your claim
  | 'denial' // ei pidä paikkaansa, emme ole tehneet; that is not true, we did nothing wrong
  | 'correction' // oikea tieto on, tosiasiassa; the facts are, to set the record straight
  | 'over_promise' // ei toistu koskaan, takaamme, 100 %; never again, we guarantee
  | 'remedy' // hyvitämme, korvaamme, palautamme rahat; we will refund, compensate
  | 'concern' // ymmärrämme, harmittaa; we understand, we are concerned
  | 'premature_claim' // vika on korjattu, kaikki toimii taas; it's fixed now, back to normal
  | 'invite' // laitathan yksityisviestiä; please DM us: a next step without a promise
  | 'action' // käymme läpi, asiaa selvitetään, olemme poistaneet; we are reviewing, we have removed: what is being done
  | 'signature' // "t. Pyry", "– Anna / asiakaspalvelu"
  | 'name' // the customer's name addressed
  | 'negation'; // a negated apology: "emme pyydä anteeksi"

export interface TextRange {
  start: number; // UTF-16 offset, inclusive
  end: number; // exclusive
  text: string;
}

export interface MarkerMatch extends TextRange {
  kind: MarkerKind;
}

export interface PromiseMatch extends TextRange {
  /** The deadline the text names ("by 5 pm"), to be resolved against the wall time it was sent (deadlines.ts). */
  due?: DeadlineSpec;
  /** Said in a voice that names no one to follow up ("asiaa selvitetään"): judged only by a time it names, never by a default deadline. */
  openEnded?: true;
}

export interface TextAnalysis {
  language: Language;
  markers: MarkerMatch[];
  promises: PromiseMatch[];
  /** Normalised word tokens, for similarity (copy-paste) checks. */
  tokens: string[];
}

export interface AnalysisContext {
  language: Language;
  /** The addressee's display name, to recognise a personal greeting. */
  customerName?: string;
}
