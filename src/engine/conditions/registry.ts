// Every condition kind the scenario language knows, one line each. The rest
// of the engine asks this list; it never names a kind itself.
import type { LeafCond } from '../model.ts';
import type { ConditionKind } from './kind.ts';
import { reply } from './reply.ts';
import { deleted } from './deleted.ts';
import { hidden } from './hidden.ts';
import { escalated } from './escalated.ts';
import { statement } from './statement.ts';
import { promiseBroken } from './promise-broken.ts';
import { promiseKept } from './promise-kept.ts';
import { followedUp } from './followed-up.ts';

/** Keys the combinators use (combinators.ts); no kind may take them. */
export const COMBINATOR_KEYS: readonly string[] = ['all', 'any', 'not', 'named'];

const kinds = new Map<string, ConditionKind>();
/** Set once the scenario schema has been built from the list: a kind added later would be evaluated but never validated. */
let closed = false;

/**
 * Add a condition kind. The built-in kinds are added below; another (a test's,
 * or a trainer organisation's own) must be added before the scenario schema is
 * built, that is before engine/authoring.ts or scenario/ is first imported.
 */
export function registerConditionKind<Input, C extends LeafCond>(kind: ConditionKind<Input, C>): void {
  if (closed) throw new Error(`Condition kind ${kind.key}: register condition kinds before the scenario schema is built.`);
  if (kinds.has(kind.key) || COMBINATOR_KEYS.includes(kind.key)) throw new Error(`Condition kind ${kind.key} is already defined.`);
  kinds.set(kind.key, kind as unknown as ConditionKind);
}

const BUILT_IN: readonly ConditionKind[] = [reply, deleted, hidden, escalated, statement, promiseBroken, promiseKept, followedUp];
BUILT_IN.forEach((k) => registerConditionKind(k));

/** The kind with this key (the compiled condition's `kind`), if there is one. */
export const conditionKind = (key: string): ConditionKind | undefined => kinds.get(key);

/** Every kind, in the order registered; for the schema, which closes the list. */
export function conditionKindsForSchema(): readonly ConditionKind[] {
  closed = true;
  return [...kinds.values()];
}

/** Every kind, in the order registered. */
export const conditionKinds = (): readonly ConditionKind[] => [...kinds.values()];
