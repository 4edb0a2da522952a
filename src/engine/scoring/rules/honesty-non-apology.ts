// "Pahoittelemme, jos…", "mielensä pahoittaneille", "sorry if you feel":
// regret for the customer's feelings instead of the company's act.
import { markerPenalty } from './marker-penalty.ts';

export const nonApology = markerPenalty({
  id: 'honesty.non-apology',
  kind: 'non_apology',
  points: -10,
  why: {
    fi: 'näennäinen anteeksipyyntö pahoittelee toisen tunteita eikä omaa tekoa.',
    en: 'a non-apology regrets the other person\'s feelings, not the company\'s act.',
  },
});
