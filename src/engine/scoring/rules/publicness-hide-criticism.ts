// Hiding a complaint: −20; a troll's post: −3. Milder than deleting, since
// the author still sees it, but bystanders do not.
import { removalPenalty } from './removal-penalty.ts';

export const hideCriticism = removalPenalty({
  id: 'publicness.hide-criticism',
  action: 'hide',
  criticism: -20,
  other: -3,
  verb: { fi: 'piilotettiin', en: 'hidden' },
});
