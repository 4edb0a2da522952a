// Conditions (`when:` in a scenario): one file per kind, each holding its
// YAML key, schema, compile step, references, evaluation, words in both
// languages and explorer atom (kind.ts says what a kind is and why its
// schema is a function); the combinators in combinators.ts; the list of
// kinds in registry.ts. Adding a kind is one file plus one line there.
//
// The run-time imports this folder to evaluate and describe conditions, so
// nothing here imports zod or the YAML parser (lint-enforced); the scenario
// schema builds each kind's schema by handing it zod (scenario/schema.ts).
export type * from './kind.ts';
export { defineConditionKind, isKind } from './kind.ts';
export { emptyFacts, type Facts, type ReplyFact } from './facts.ts';
export { registerConditionKind, conditionKind, conditionKinds, conditionKindsForSchema } from './registry.ts';
export { compileCondition, conditionRefs, conditionRefAt, holds, describeCond, leaves, atomFor, isActionCond } from './combinators.ts';
export type { ConditionInput, Ref, Path } from './combinators.ts';
export { escalated } from './escalated.ts';
