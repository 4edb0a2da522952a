// "Alihankkijamme", "järjestelmävirhe", "a new employee": blaming someone
// else is judged worse than apology with compensation (Coombs).
import { markerPenalty } from './marker-penalty.ts';

export const scapegoat = markerPenalty({
  id: 'honesty.scapegoat',
  kind: 'scapegoat',
  points: -12,
  onlyAtFault: true,
  why: {
    fi: 'syyn sysääminen muille (alihankkija, järjestelmä, uusi työntekijä) ei kelpaa, kun vastuu on yrityksen.',
    en: 'blaming someone else (a subcontractor, a system, a new employee) does not do when the company is responsible.',
  },
});
