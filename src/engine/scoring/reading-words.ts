// The graded reading in words, for evidence the trainee and the facilitator
// read: each reason and grade in Finnish and English.
import { GRADE_WORDS, type ReasonCode, type Reading, type UnsureCode } from '../text/reading.ts';
import type { TextRange } from '../text/types.ts';
import { quote, type Bilingual } from './explain.ts';

export { GRADE_WORDS };

export const REASON_WORDS: Record<ReasonCode, Bilingual> = {
  apology: { fi: 'pyytää anteeksi tekoa', en: 'apologises for the act' },
  regret_with_remedy: { fi: 'pahoittelee ja tarjoaa hyvityksen', en: 'regrets it and offers a remedy' },
  regret: { fi: 'vain pahoittelee (heikompi kuin anteeksipyyntö)', en: 'only regrets it (weaker than an apology)' },
  specific: { fi: 'puhuu juuri tästä valituksesta', en: 'speaks to this very complaint' },
  remedy: { fi: 'tarjoaa hyvityksen', en: 'offers a remedy' },
  next_step: { fi: 'kertoo seuraavan askeleen', en: 'says what happens next' },
  correction: { fi: 'oikaisee tosiasioilla', en: 'corrects with facts' },
  concern: { fi: 'osoittaa ymmärrystä', en: 'shows concern' },
  hedge_excuse: { fi: 'selittely heikentää anteeksipyyntöä', en: 'an excuse weakens the apology' },
  hedge_non_apology: { fi: 'ehdollinen muotoilu heikentää anteeksipyyntöä', en: 'a conditional phrase weakens the apology' },
  hedge_scapegoat: { fi: 'syyn sysääminen muille heikentää anteeksipyyntöä', en: 'blaming others weakens the apology' },
  not_specific: { fi: 'ei sano mitään täsmällistä valituksesta', en: 'says nothing specific about the complaint' },
  bare_denial: { fi: 'kiistää, muttei kerro tosiasioita', en: 'denies without giving the facts' },
  regret_for_rumour: { fi: 'pahoittelee asiaa, joka ei ollut yrityksen vika', en: 'regrets something that was not the company’s doing' },
  non_apology: { fi: 'näennäinen, ehdollinen anteeksipyyntö', en: 'a conditional non-apology' },
  excuse: { fi: 'selittelee eikä pyydä anteeksi', en: 'makes excuses instead of apologising' },
  scapegoat: { fi: 'sysää syyn muille', en: 'puts the blame on someone else' },
  arguing: { fi: 'väittelee valittajan kanssa', en: 'argues with the complainant' },
  denial: { fi: 'kiistää, vaikka vika oli yrityksen', en: 'denies although the company was at fault' },
  over_promise: { fi: 'lupaa enemmän kuin kukaan voi pitää', en: 'promises more than anyone can keep' },
  premature_claim: { fi: 'väittää vian korjatuksi ennen kuin se oli', en: 'claims it is fixed before it was' },
  stuffing: {
    fi: 'latoo anteeksipyyntösanoja sanomatta mitään valituksesta',
    en: 'stacks apology words without saying anything about the complaint',
  },
  apology_for_rumour: { fi: 'pyytää anteeksi asiaa, jota yritys ei tehnyt', en: 'apologises for something the company did not do' },
  nothing: { fi: 'ei pyydä anteeksi, oikaise eikä kerro seuraavaa askelta', en: 'neither apologises, corrects nor says what happens next' },
};

export const UNSURE_WORDS: Record<UnsureCode, Bilingual> = {
  mixed_signals: { fi: 'anteeksipyyntö ja kiistäminen samassa viestissä', en: 'an apology and a denial in the same text' },
  sarcasm_cue: { fi: 'mahdollista ironiaa', en: 'a possible sign of sarcasm' },
  fix_unconfirmed: { fi: 'väittää vian korjatuksi, eikä skenaario kerro, oliko se', en: 'claims a fix the scenario does not confirm' },
  long_unread: { fi: 'pitkä teksti, josta tulkinta löysi vähän', en: 'a long text in which the reading found little' },
};

/** "good — apologises for the act (“we apologise”); speaks to this very complaint (“coat”)" */
export function describeReading(r: Reading, lang: 'fi' | 'en'): string {
  const parts = r.reasons.map((x) => {
    const words = x.matches.slice(0, 3) as TextRange[];
    return words.length > 0 ? `${REASON_WORDS[x.code][lang]} (${quote(words, lang)})` : REASON_WORDS[x.code][lang];
  });
  const unsure =
    r.unsure.length > 0
      ? lang === 'fi'
        ? ` Tulkinta on epävarma: ${r.unsure.map((u) => UNSURE_WORDS[u].fi).join('; ')} – vetäjä voi vahvistaa tai korjata.`
        : ` The reading is unsure: ${r.unsure.map((u) => UNSURE_WORDS[u].en).join('; ')} — the facilitator may confirm or correct it.`
      : '';
  return `${GRADE_WORDS[r.grade][lang]} – ${parts.join('; ')}.${unsure}`;
}

/** The matched words behind a reading, for highlighting. */
export const readingMatches = (r: Reading): TextRange[] =>
  r.reasons.flatMap((x) => x.matches).sort((a, b) => a.start - b.start || a.end - b.end);
