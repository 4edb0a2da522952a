// What a condition kind is: everything about one `when:` test in one object,
// so that adding a kind is one file plus one line in registry.ts.
//
// The run-time imports every kind (to evaluate and describe conditions), and
// the drill screen's bundle must not carry zod. So a kind never imports zod:
// its schema is a function of a `SchemaKit` that scenario/schema.ts hands in
// with zod inside. That keeps the schema beside the kind's other parts (one
// file, read top to bottom) at the cost of one indirection; splitting each
// kind into schema.ts + run.ts would keep the import boundary by folder
// instead, but a kind would then live in two files again. Only zod's types
// are imported here, and types vanish from the bundle.
import type * as Z from 'zod';
import type { Language, LeafCond } from '../model.ts';
import type { Facts } from './facts.ts';

/** A text in both languages: the English one is the key the Finnish one is found by. */
export type Words = Record<Language, string>;

/**
 * zod's builders a kind may use. Named one by one, not the whole namespace:
 * handing over `import * as z` as a value would keep all of zod in the
 * authoring bundle (about 290 kB more), as no bundler can drop what an object
 * might reach. A kind that needs another builder adds its name here and in
 * scenario/schema.ts.
 */
export type ZodBuilders = Pick<typeof Z, 'object' | 'union' | 'array' | 'boolean' | 'number' | 'string' | 'enum' | 'literal'>;

/** What a kind's schema is built from: zod's builders and the scenario format's shared values. */
export interface SchemaKit {
  z: ZodBuilders;
  /** Describe a field in both languages: the English text goes into the schema (and the JSON Schema), the Finnish beside it. */
  d: <T extends Z.ZodType>(schema: T, words: Words) => T;
  /** An id: letters, digits, - and _, starting with a letter. */
  Id: Z.ZodString;
  /** A simulated duration such as 5m. */
  Duration: Z.ZodString;
  /** An escalation level 0–3. */
  EscalationLevel: Z.ZodNumber;
}

/**
 * One abstract move of the explorer (explore/): a fact the trainee could
 * bring about that makes a leaf condition hold, labelled in both languages.
 */
export interface Atom {
  key: string;
  label: Words;
  /** The post this move answers: the explorer skips it once that post is deleted. */
  post?: string;
  add: (facts: Facts) => void;
}

/** Where a kind's value names something the scenario defines, relative to the kind's key (`[]`: the value itself). */
export interface Reference {
  at: readonly string[];
  to: 'posts';
}

/**
 * A condition kind. `Input` is what the YAML holds under the kind's key,
 * `C` the compiled condition in the model (plain JSON with `kind: key`).
 * Methods, not function-valued fields, so that a kind of a narrower `C`
 * still fits the registry's list of every kind.
 */
export interface ConditionKind<Input = unknown, C extends LeafCond = LeafCond> {
  /** The YAML key, e.g. `reply`; also the compiled condition's `kind`. */
  key: string;
  /** What the condition tests, for the schema (editors' hover, diagnostics). */
  about: Words;
  /** The schema of the value under `key`. */
  schema(kit: SchemaKit): Z.ZodType<Input>;
  /** The validated value → the model's condition (durations in ms). */
  compile(input: Input): C;
  /** Ids the value names, for the "unknown post" check and the studio's go-to and completion. */
  references: readonly Reference[];
  /** Whether it holds on the trainee's actions so far. */
  holds(cond: C, facts: Facts): boolean;
  /** In a few words, for phase history, diagrams and debriefs: "public honest reply to video". */
  describe(cond: C, lang: Language): string;
  /** The explorer's move that makes it hold, or null when none can (e.g. time alone decides). */
  atom(cond: C): Atom | null;
  /** One thing the trainee does (the studio draws it as an action arrow), rather than something that follows from time. */
  action: boolean;
}

/** Say a kind's types once and let the object be checked against them. */
export const defineConditionKind = <Input, C extends LeafCond>(kind: ConditionKind<Input, C>): ConditionKind<Input, C> => kind;

/** Is this compiled condition of that kind? */
export const isKind = <C extends LeafCond>(kind: { key: string; holds(cond: C, facts: Facts): boolean }, cond: LeafCond): cond is C =>
  cond.kind === kind.key;
