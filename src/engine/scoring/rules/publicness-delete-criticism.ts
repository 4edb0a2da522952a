// Deleting a complaint: −30; a troll's post: −5.
import { removalPenalty } from './removal-penalty.ts';

export const deleteCriticism = removalPenalty({
  id: 'publicness.delete-criticism',
  action: 'delete',
  criticism: -30,
  other: -5,
  verb: { fi: 'poistettiin', en: 'deleted' },
});
