// "Ei toistu koskaan", "takaamme", "100 %": promises nobody can keep.
import { markerPenalty } from './marker-penalty.ts';

export const overPromise = markerPenalty({
  id: 'honesty.over-promise',
  kind: 'over_promise',
  points: -8,
  why: {
    fi: 'ylilupaus, jota kukaan ei voi pitää.',
    en: 'an over-promise that nobody can keep.',
  },
});
