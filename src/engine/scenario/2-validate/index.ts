// Phase 2 of the scenario compiler: the schema first, then the semantic
// rules on whatever has the right shape, all problems at once, at most one
// per node (the first rule to speak about a node has the floor, so the list
// below is also the order of precedence).
import type { Parsed } from '../1-parse/index.ts';
import type { ScenarioDoc } from '../schema.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { sortDiagnostics } from '../diagnostic-output.ts';
import { makeContext } from './context.ts';
import type { Rule } from './context.ts';
import { checkSchema } from './schema.ts';
import { viewOf } from './view.ts';
import { references } from './rules/references.ts';
import { duplicateIds } from './rules/duplicate-ids.ts';
import { conditionCycle } from './rules/condition-cycle.ts';
import { phaseUnreachable } from './rules/phase-unreachable.ts';
import { phaseDeadEnd } from './rules/phase-dead-end.ts';
import { phaseTrap } from './rules/phase-trap.ts';
import { endingNoneGood } from './rules/ending-none-good.ts';
import { endingHasTransitions } from './rules/ending-has-transitions.ts';
import { postNeverAppears } from './rules/post-never-appears.ts';
import { postListedTwice } from './rules/post-listed-twice.ts';
import { objectiveTargetMismatch } from './rules/objective-target-mismatch.ts';
import { durationTooLong } from './rules/duration-too-long.ts';

export const RULES: readonly Rule[] = [
  references,
  duplicateIds,
  conditionCycle,
  phaseUnreachable,
  phaseDeadEnd,
  phaseTrap,
  endingNoneGood,
  endingHasTransitions,
  postNeverAppears,
  postListedTwice,
  objectiveTargetMismatch,
  durationTooLong,
];

/**
 * Every problem in phase 1's product, sorted by position, and phase 3's
 * input: the schema's typed data (with its defaults) when the schema
 * accepts the document, so the schema runs once per check.
 */
export function validate(parsed: Parsed, file: string): { diagnostics: Diagnostic[]; data: ScenarioDoc | null } {
  const src = parsed.source.renamed(file);
  const base = makeContext(parsed.doc, src, parsed.value, viewOf(parsed.value));
  const schema = checkSchema(base);
  const ctx = { ...base, broken: schema.broken };
  const all = [...schema.diagnostics, ...RULES.flatMap((rule) => rule(ctx))];
  return { diagnostics: sortDiagnostics(onePerNode(all)), data: schema.data };
}

function onePerNode(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.line}:${d.col}:${d.endLine}:${d.endCol}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
