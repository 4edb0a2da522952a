// The part of the condition language that is not a kind: `all`, `any`,
// `not` and the name of a condition under `conditions:`. Each operation here
// walks these and hands every leaf to its kind (registry.ts): compiling,
// the ids a condition names, evaluation, description and the explorer's atoms.
import type { Cond, Language, LeafCond } from '../model.ts';
import type { Facts } from './facts.ts';
import type { Atom } from './kind.ts';
import { COMBINATOR_KEYS, conditionKind, conditionKinds } from './registry.ts';

/** A condition as the YAML holds it (after the schema): a name, a combinator or `{ <kind>: value }`. */
export type ConditionInput =
  string | { all: ConditionInput[] } | { any: ConditionInput[] } | { not: ConditionInput } | { [kind: string]: unknown };

type Combined = Extract<Cond, { of: unknown }>;
const isCombined = (cond: Cond): cond is Combined => COMBINATOR_KEYS.includes(cond.kind);

/** The kind of a leaf; a model that skipped validation may name one that does not exist. */
function kindOf(cond: LeafCond) {
  const kind = conditionKind(cond.kind);
  if (!kind) throw new Error(`unknown condition kind ${cond.kind}`);
  return kind;
}

/** Validated input → the model's condition; named conditions are resolved and kept by name. */
export function compileCondition(input: ConditionInput, named: Record<string, ConditionInput>, seen: string[] = []): Cond {
  if (typeof input === 'string') {
    if (seen.includes(input)) throw new Error(`condition cycle through ${input}`); // validation reports this first
    return { kind: 'named', name: input, of: compileCondition(named[input], named, [...seen, input]) };
  }
  const [key, value] = Object.entries(input)[0];
  if (key === 'all' || key === 'any') return { kind: key, of: (value as ConditionInput[]).map((c) => compileCondition(c, named, seen)) };
  if (key === 'not') return { kind: 'not', of: compileCondition(value as ConditionInput, named, seen) };
  return kindOf({ kind: key }).compile(value);
}

export type Path = readonly (string | number)[];
export interface Ref {
  id: string;
  path: Path; // to the id's value
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at `at` inside `value`, if every step is a mapping. */
function valueAt(value: unknown, at: readonly string[]): unknown {
  return at.reduce<unknown>((v, key) => (isObj(v) ? v[key] : undefined), value);
}

/** Names and post ids a condition refers to, with paths; tolerant of any shape, for validation before the schema passed. */
export function conditionRefs(value: unknown, path: Path, out: { conditions: Ref[]; posts: Ref[] }): void {
  if (typeof value === 'string') {
    out.conditions.push({ id: value, path });
    return;
  }
  if (!isObj(value)) return;
  for (const [key, arg] of Object.entries(value)) {
    const at = [...path, key];
    if ((key === 'all' || key === 'any') && Array.isArray(arg)) arg.forEach((c, i) => conditionRefs(c, [...at, i], out));
    else if (key === 'not') conditionRefs(arg, at, out);
    else
      for (const ref of conditionKind(key)?.references ?? []) {
        const id = valueAt(arg, ref.at);
        if (typeof id === 'string') out[ref.to].push({ id, path: [...at, ...ref.at] });
      }
  }
}

/** What the id at this YAML path names, when the path ends in a kind's reference field (`…, deleted` or `…, reply, post`). */
export function conditionRefAt(path: readonly (string | number)[]): 'posts' | null {
  for (const kind of conditionKinds())
    for (const ref of kind.references) {
      const tail = [kind.key, ...ref.at];
      if (path.length >= tail.length && tail.every((seg, i) => path[path.length - tail.length + i] === seg)) return ref.to;
    }
  return null;
}

export function holds(cond: Cond, facts: Facts): boolean {
  if (!isCombined(cond)) return kindOf(cond).holds(cond, facts);
  if (cond.kind === 'all') return cond.of.every((c) => holds(c, facts));
  if (cond.kind === 'any') return cond.of.some((c) => holds(c, facts));
  if (cond.kind === 'not') return !holds(cond.of, facts);
  return holds(cond.of, facts);
}

/**
 * A short description of a condition, for phase history, diagrams, the
 * facilitator's phase board and the explorer's paths: "public honest reply
 * to video within 15m", in Finnish "julkinen rehellinen vastaus viestiin
 * video 15 min sisällä". Post ids and condition names stay as written.
 */
export function describeCond(cond: Cond, lang: Language = 'en'): string {
  if (!isCombined(cond)) return kindOf(cond).describe(cond, lang);
  if (cond.kind === 'all') return cond.of.map((c) => describeCond(c, lang)).join(lang === 'en' ? ' and ' : ' ja ');
  if (cond.kind === 'any') return cond.of.map((c) => describeCond(c, lang)).join(lang === 'en' ? ' or ' : ' tai ');
  if (cond.kind === 'not') return `${lang === 'en' ? 'not' : 'ei'} (${describeCond(cond.of, lang)})`;
  return cond.name;
}

/** Every kind-level test inside a condition, through combinators and names. */
export function leaves(cond: Cond, out: LeafCond[] = []): LeafCond[] {
  if (!isCombined(cond)) out.push(cond);
  else if (cond.kind === 'all' || cond.kind === 'any') cond.of.forEach((c) => leaves(c, out));
  else leaves(cond.of, out);
  return out;
}

/** The explorer's move for a leaf (null for a combinator, or a leaf no move brings about). */
export function atomFor(cond: Cond): Atom | null {
  return isCombined(cond) ? null : kindOf(cond).atom(cond);
}

/** Is this condition one plain move of the trainee's (a reply, a deletion…), not a named, combined or time-settled one? */
export function isActionCond(cond: Cond): boolean {
  return !isCombined(cond) && (conditionKind(cond.kind)?.action ?? false);
}
