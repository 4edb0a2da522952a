// What the reply analyser finds in a piece of text: markers with their
// character ranges (so the scorecard can highlight the very words) and
// promises with deadlines. Pure data; no scoring decisions here.
import type { Language } from '../model.ts';

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

/** A deadline as a reply names it, before it is resolved against the scenario's clock (deadlines.ts). */
export type DeadlineSpec =
  /** A span from the moment of writing: "within 2 hours", "heti" (30 min). */
  | { kind: 'in'; ms: number }
  /** End of the working day: 17:00, or 23:59 when written at 17:00 or later. */
  | { kind: 'today' }
  /** A calendar day ahead (1 = tomorrow) at a clock time (minutes after midnight; 17:00 unless said). */
  | { kind: 'day'; offset: number; at?: number }
  /**
   * At or by a clock time: today, or tomorrow if it has passed. `either12`: said
   * without am/pm in English ("at 4:15"), so the next of 4:15 and 16:15.
   */
  | { kind: 'clock'; at: number; either12?: boolean }
  /** The next such weekday (0 = Sunday), 17:00 unless a time is said; today if it is that day and the time is still ahead. */
  | { kind: 'weekday'; day: number; at?: number }
  /** The same clock time after N weekdays. */
  | { kind: 'workdays'; n: number }
  /** Friday 17:00 of this week (0) or next week (1). */
  | { kind: 'week'; offset: number }
  /** A date (month 1–12), 17:00 unless a time is said; this year, or next year if it has passed. */
  | { kind: 'date'; day: number; month: number; at?: number };
