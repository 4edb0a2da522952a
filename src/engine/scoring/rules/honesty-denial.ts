// "Ei pidä paikkaansa", "we did nothing wrong" — only a fault where the
// company was at fault; for a false rumour it is the right answer.
import { markerPenalty } from './marker-penalty.ts';

export const denial = markerPenalty({
  id: 'honesty.denial',
  kind: 'denial',
  points: -15,
  onlyAtFault: true,
  why: {
    fi: 'kiistäminen, vaikka vika oli yrityksen – tarkista tosiasiat ennen kuin kiistät.',
    en: 'a denial although the company was at fault — check the facts before denying.',
  },
});
