// Escalation: too much is a failure too ("sending everything to the CEO").
// −15 when an escalation goes two or more levels above the highest level any
// phase so far has called for; −8 for waking top management (level 3) when
// the current phase calls for at most 1, even if an earlier one called for 2.
// Only raising the level is a decision; repeating the same level is not.
import type { Flag, Rule } from '../types.ts';
import { LEVEL } from '../explain.ts';
import { callsFor, phaseName, visitAt } from '../query.ts';

const ID = 'escalation.over-escalation';

export const overEscalation: Rule = {
  id: ID,
  dimension: 'escalation',
  apply(record) {
    const out: Flag[] = [];
    let previous = 0;
    record.log.forEach((a, index) => {
      if (a.type !== 'escalate') return;
      const raised = a.level > previous;
      previous = a.level;
      if (!raised) return;
      const visited = record.phaseHistory.filter((v) => v.at <= a.at);
      const highest = Math.max(0, ...visited.map((v) => callsFor(record, v.phase)));
      const current = visitAt(record, a.at);
      const now = current ? callsFor(record, current.phase) : 0;
      const name = current ? phaseName(record, current.phase) : '';
      const lv = LEVEL[a.level];
      let points = 0;
      let why = { fi: '', en: '' };
      if (a.level - highest >= 2) {
        points = -15;
        why = {
          fi: `eskaloitiin tasolle ${lv.fi}, vaikka mikään vaihe ei ollut vaatinut enempää kuin tason ${highest}.`,
          en: `escalated to ${lv.en} although no phase so far had called for more than level ${highest}.`,
        };
      } else if (a.level === 3 && now <= 1) {
        points = -8;
        why = {
          fi: `ylin johto herätettiin vaiheessa ”${name}”, joka vaati vain tasoa ${now}.`,
          en: `top management was woken in phase “${name}”, which called for level ${now} only.`,
        };
      }
      if (points === 0) return;
      out.push({
        id: `${ID}:${index}`,
        rule: ID,
        dimension: 'escalation',
        points,
        at: a.at,
        action: index,
        matches: [],
        explain: { fi: `Ylieskalointi: ${why.fi}`, en: `Over-escalation: ${why.en}` },
      });
    });
    return out;
  },
};
