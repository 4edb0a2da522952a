// "Pyydämme anteeksi, mutta…", "ohjeistuksemme mukaan", "beyond our
// control": an excuse spoils the apology it follows (domain notes).
import { markerPenalty } from './marker-penalty.ts';

export const excuse = markerPenalty({
  id: 'honesty.excuse',
  kind: 'excuse',
  points: -10,
  onlyAtFault: true,
  why: {
    fi: 'selittely vie pohjan anteeksipyynnöltä, kun vika oli yrityksen.',
    en: 'an excuse undoes the apology when the company was at fault.',
  },
});
