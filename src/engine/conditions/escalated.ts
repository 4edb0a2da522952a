// `escalated: N` or `escalated: { at_least: N }`: the highest escalation so
// far is at least level N.
import { defineConditionKind } from './kind.ts';

export type EscalatedCond = { kind: 'escalated'; atLeast: number };

export const escalated = defineConditionKind<number | { at_least: number }, EscalatedCond>({
  key: 'escalated',
  about: { en: 'Escalated to at least this level.', fi: 'Eskaloitu vähintään tälle tasolle.' },
  schema: ({ z, EscalationLevel }) => z.union([EscalationLevel, z.object({ at_least: EscalationLevel }).strict()]),
  compile: (e) => ({ kind: 'escalated', atLeast: typeof e === 'number' ? e : e.at_least }),
  references: [],
  holds: (c, facts) => facts.escalation >= c.atLeast,
  describe: (c, lang) => (lang === 'en' ? `escalated to ≥ ${c.atLeast}` : `eskaloitu vähintään tasolle ${c.atLeast}`),
  atom: (c) => ({
    key: `esc:${c.atLeast}`,
    label: { en: `escalate to ${c.atLeast}`, fi: `eskaloi tasolle ${c.atLeast}` },
    add: (f) => void (f.escalation = Math.max(f.escalation, c.atLeast)),
  }),
  action: true,
});
