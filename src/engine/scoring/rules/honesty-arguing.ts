// "Et ole ymmärtänyt", "väitteesi", "you are wrong": attacking the accuser
// raises negative word of mouth, whoever is right.
import { markerPenalty } from './marker-penalty.ts';

export const arguing = markerPenalty({
  id: 'honesty.arguing',
  kind: 'arguing',
  points: -15,
  why: {
    fi: 'asiakkaan kanssa väittely ja hänen syyttelynsä pahentaa kohua, oli kumpi tahansa oikeassa.',
    en: 'arguing with or blaming the customer feeds the uproar, whoever is right.',
  },
});
