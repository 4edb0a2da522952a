// Escalation: each phase that calls for level ≥ 1 asks that the team reach
// that level. Full credit if the level was reached before the phase began
// or within 15 simulated minutes of it, falling linearly to nothing at 60
// minutes. A visit too short to react to (under 15 min) that ended without
// the level is not scored: the drill moved on before anyone could act —
// unless the trainee ended the drill in it: quitting never beats playing on.
// A visit that only the trainee's own mistakes brought about owes only the
// level the calm path had called for by then (conduct, not consequence: the
// mistake was charged where it was made, but staying silent while the crisis
// climbs is a mistake of its own).
import type { Flag, Rule } from '../types.ts';
import { duration, LEVEL, round1 } from '../explain.ts';
import { callsFor, calmLevel, endedEarly, isConsequenceVisit, phaseName, visitEnd } from '../query.ts';

const ID = 'escalation.level-reached';
const MAX = 10;
const FULL_MS = 15 * 60_000;
const ZERO_MS = 60 * 60_000;

export function escalationPoints(delayMs: number): number {
  if (delayMs <= FULL_MS) return MAX;
  if (delayMs >= ZERO_MS) return 0;
  return round1((MAX * (ZERO_MS - delayMs)) / (ZERO_MS - FULL_MS));
}

export const levelReached: Rule = {
  id: ID,
  dimension: 'escalation',
  apply(record) {
    const out: Flag[] = [];
    const seen = new Map<string, number>();
    const escalations = record.log.flatMap((a, index) => (a.type === 'escalate' ? [{ a, index }] : []));
    record.phaseHistory.forEach((visit, i) => {
      const consequence = isConsequenceVisit(record, i);
      const level = consequence ? Math.min(callsFor(record, visit.phase), calmLevel(record, i)) : callsFor(record, visit.phase);
      if (level < 1) return;
      const end = visitEnd(record, i);
      const n = (seen.get(visit.phase) ?? 0) + 1;
      seen.set(visit.phase, n);
      const name = phaseName(record, visit.phase);
      const lv = LEVEL[level];
      const hit = escalations.find((e) => e.a.level >= level && e.a.at <= end);
      const base = { id: `${ID}:${visit.phase}${n > 1 ? `#${n}` : ''}`, rule: ID, dimension: 'escalation' as const, max: MAX, matches: [] };
      if (!hit) {
        const last = i === record.phaseHistory.length - 1;
        if (end - visit.at < FULL_MS && !(last && endedEarly(record))) return;
        out.push({
          ...base,
          points: 0,
          at: end,
          explain: consequence
            ? {
                fi: `Vaihe ”${name}” seurasi aiemmasta virheestä; rauhallisempikin kulku olisi vaatinut tason ${lv.fi}, eikä sitäkään saavutettu.`,
                en: `Phase “${name}” followed from an earlier mistake; even the calmer path would have called for ${lv.en}, and that was never reached.`,
              }
            : {
                fi: `Vaihe ”${name}” vaati tasoa ${lv.fi}, mutta sitä ei saavutettu vaiheen aikana.`,
                en: `Phase “${name}” called for ${lv.en}, but that level was never reached during it.`,
              },
        });
        return;
      }
      const delay = Math.max(0, hit.a.at - visit.at);
      const d = duration(delay);
      out.push({
        ...base,
        points: escalationPoints(delay),
        at: hit.a.at,
        action: hit.index,
        explain:
          delay === 0
            ? {
                fi: `Vaihe ”${name}” vaati tasoa ${lv.fi}, ja se oli saavutettu jo ennen vaihetta.`,
                en: `Phase “${name}” called for ${lv.en}, and that level had been reached before it began.`,
              }
            : {
                fi: `Vaihe ”${name}” vaati tasoa ${lv.fi}; se saavutettiin ${d.fi} vaiheen alusta (täydet pisteet 15 min sisällä).`,
                en: `Phase “${name}” called for ${lv.en}; it was reached ${d.en} into the phase (full credit within 15 min).`,
              },
      });
    });
    return out;
  },
};
