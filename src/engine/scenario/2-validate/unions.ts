// A value that fits no option of a union makes zod report every option's
// complaints: twenty for a condition. A trainer needs one, about the option
// they meant. For conditions that is the option named by the one key they
// wrote; for other unions it is the option whose shape the value has.
import type { core } from 'zod';
import type { Path } from '../1-parse/index.ts';
import type { Both } from '../diagnostic-params.ts';
import { closest } from './did-you-mean.ts';
import { isObj } from './view.ts';
import { describeValue } from './words.ts';
import type { Schema } from './zod-walk.ts';
import { allowedKeys, schemaAt, unwrap } from './zod-walk.ts';
import { Condition } from '../schema.ts';

type Issue = core.$ZodIssue;

export type UnionChoice =
  | { kind: 'branch'; issues: readonly Issue[] }
  | { kind: 'condition'; problem: Both; suggestion?: string; kinds: string[]; key?: string }
  | { kind: 'none' };

export const CONDITION_KINDS = allowedKeys(Condition as unknown as Schema);

/** Conditions are recognised by shape: `.describe()` copies the schema, so identity would miss some. */
function isConditionUnion(schema: Schema | undefined): boolean {
  const keys = allowedKeys(schema);
  return keys.length === CONDITION_KINDS.length && CONDITION_KINDS.every((k) => keys.includes(k));
}

export function unionBranch(branches: readonly (readonly Issue[])[], path: Path, value: unknown): UnionChoice {
  const schema = schemaAt(path);
  if (isConditionUnion(schema)) return conditionBranch(branches, schema!, value);
  return likeliest(branches);
}

function conditionBranch(branches: readonly (readonly Issue[])[], schema: Schema, value: unknown): UnionChoice {
  const options = unwrap(schema)._zod.def.options ?? [];
  const kinds = CONDITION_KINDS;
  if (typeof value === 'string') {
    const i = options.findIndex((o) => unwrap(o)._zod.def.type === 'string');
    return i >= 0 && branches[i] ? { kind: 'branch', issues: branches[i] } : { kind: 'none' };
  }
  if (!isObj(value)) {
    const got = describeValue(value);
    return {
      kind: 'condition',
      kinds,
      problem: {
        en: `A condition must be the name of a condition or a test like \`{ reply: { post: … } }\`, but here it is ${got.en}.`,
        fi: `Ehdon pitää olla ehdon nimi tai testi, kuten \`{ reply: { post: … } }\`, mutta tässä se on ${got.fi}.`,
      },
    };
  }
  const keys = Object.keys(value);
  const unknown = keys.find((k) => !kinds.includes(k));
  if (unknown !== undefined) {
    return {
      kind: 'condition',
      kinds,
      key: unknown,
      suggestion: closest(unknown, kinds),
      problem: { en: `\`${unknown}\` is not a kind of condition.`, fi: `\`${unknown}\` ei ole mikään ehtotyyppi.` },
    };
  }
  if (keys.length === 0) return { kind: 'condition', kinds, problem: { en: 'This condition is empty.', fi: 'Tämä ehto on tyhjä.' } };
  if (keys.length > 1) {
    const problem = {
      en: `This condition has both \`${keys[0]}\` and \`${keys[1]}\`, but a condition tests one thing.`,
      fi: `Tässä ehdossa on sekä \`${keys[0]}\` että \`${keys[1]}\`, mutta yksi ehto testaa vain yhtä asiaa.`,
    };
    return { kind: 'condition', kinds, key: keys[1], problem };
  }
  const i = options.findIndex((o) => allowedKeys(o).includes(keys[0]));
  return i >= 0 && branches[i] ? { kind: 'branch', issues: branches[i] } : { kind: 'none' };
}

/**
 * The option the value was most likely meant for: one whose type it has
 * (no type mismatch at the top), preferably with no unknown fields at the
 * top. With several equally likely, the one with the fewest complaints; with
 * none of the right type, no option (the caller reports the type).
 */
function likeliest(branches: readonly (readonly Issue[])[]): UnionChoice {
  const misfit = (issues: readonly Issue[]) =>
    issues.some((i) => i.path.length === 0 && i.code === 'invalid_type')
      ? 2
      : issues.some((i) => i.path.length === 0 && i.code === 'unrecognized_keys')
        ? 1
        : 0;
  const scored = branches.map((issues) => ({ issues, score: misfit(issues) }));
  const best = Math.min(...scored.map((s) => s.score));
  if (best === 2) return { kind: 'none' };
  const candidates = scored.filter((s) => s.score === best).sort((a, b) => a.issues.length - b.issues.length);
  return { kind: 'branch', issues: candidates[0].issues };
}
