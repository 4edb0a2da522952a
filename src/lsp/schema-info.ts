// What the scenario schema says about a YAML path: the fields a mapping may
// have, the values a field may take, and the descriptions to show. Reads the
// JSON Schema that zod generates from src/engine/scenario/schema.ts (the same
// document as static/kohu-scenario.schema.json), so completion, hover help
// and the validator can never disagree.
import { toJSONSchema } from 'zod';
import { Scenario } from '../engine/authoring.ts';
import type { Language } from '../engine/play.ts';
import type { Segment } from './yaml-path.ts';
import { helpWord, schemaText } from './words.ts';

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  definitions?: Record<string, JsonSchema>;
}

let cached: JsonSchema | null = null;
export function scenarioSchema(): JsonSchema {
  return (cached ??= toJSONSchema(Scenario, { target: 'draft-7', io: 'input' }) as JsonSchema);
}

/** Resolve $ref and flatten unions, keeping the outer description where the inner has none. */
function expand(s: JsonSchema, root: JsonSchema, seen = 0): JsonSchema[] {
  if (seen > 20) return [];
  if (s.$ref) {
    const name = s.$ref.replace(/^#\/definitions\//, '');
    const target = s.$ref === '#' ? root : root.definitions?.[name];
    return target ? expand({ ...target, description: s.description ?? target.description }, root, seen + 1) : [];
  }
  const parts = s.anyOf ?? s.oneOf ?? s.allOf;
  if (parts) return parts.flatMap((p) => expand({ ...p, description: p.description ?? s.description }, root, seen + 1));
  return [s];
}

/** Every schema the value at `path` may have to match (several for a union such as a condition). */
export function schemasAt(path: readonly Segment[], root: JsonSchema = scenarioSchema()): JsonSchema[] {
  let current = expand(root, root);
  for (const seg of path) {
    const next: JsonSchema[] = [];
    for (const s of current) {
      if (typeof seg === 'number' || /^\d+$/.test(String(seg))) {
        if (s.items) next.push(...expand(s.items, root));
      } else if (s.properties?.[seg]) next.push(...expand(s.properties[seg], root));
      else if (typeof s.additionalProperties === 'object') next.push(...expand(s.additionalProperties, root));
    }
    current = next;
  }
  return current;
}

export interface FieldInfo {
  name: string;
  /** In the language asked for. */
  description: string;
  required: boolean;
  /** Short type text in the language asked for: "text", "list", "true | false", "low | medium | …". */
  type: string;
  /** What the value is made of, whatever the language: nested fields and lists get their own lines. */
  shape: 'list' | 'mapping' | 'scalar';
}

export function fieldsOf(schemas: JsonSchema[], lang: Language = 'en', root: JsonSchema = scenarioSchema()): FieldInfo[] {
  const out = new Map<string, FieldInfo>();
  for (const s of schemas)
    for (const [name, prop] of Object.entries(s.properties ?? {}))
      if (!out.has(name)) {
        // The field's own words first (`when: Move as soon as this holds.`), not every alternative's;
        // a condition's alternatives ({ deleted: … }) carry their description on the wrapper.
        const own = ownDescription(prop);
        const alternatives = expand(prop, root);
        // A one-field condition ({ deleted: … }) is described on itself, not by its value's type.
        const description =
          Object.keys(s.properties ?? {}).length === 1 && s.description
            ? schemaText(s.description, lang)
            : own
              ? schemaText(own, lang)
              : describe(alternatives, lang);
        const en = typeText(alternatives);
        const shape = en === 'list' || en === 'mapping' ? en : 'scalar';
        out.set(name, {
          name,
          description,
          required: s.required?.includes(name) ?? false,
          type: lang === 'en' ? en : typeText(alternatives, lang),
          shape,
        });
      }
  return [...out.values()];
}

function ownDescription(s: JsonSchema): string {
  return s.description ?? (s.allOf?.length === 1 ? (s.allOf[0].description ?? '') : '');
}

export interface ValueInfo {
  value: string;
  /** In the language asked for. */
  description: string;
}

/** Fixed values a field may take: enums, constants, true/false. */
export function valuesOf(schemas: JsonSchema[], lang: Language = 'en'): ValueInfo[] {
  const out = new Map<string, ValueInfo>();
  for (const s of schemas) {
    const description = schemaText(s.description ?? '', lang);
    for (const v of s.enum ?? []) out.set(String(v), { value: String(v), description });
    if (s.const !== undefined) out.set(String(s.const), { value: String(s.const), description });
    if (s.type === 'boolean') for (const v of ['true', 'false']) out.set(v, { value: v, description });
  }
  return [...out.values()];
}

/** The descriptions of every alternative, in `lang`, each once. */
export function describe(schemas: JsonSchema[], lang: Language = 'en'): string {
  return [
    ...new Set(
      schemas
        .map((s) => s.description)
        .filter((d): d is string => !!d)
        .map((d) => schemaText(d, lang)),
    ),
  ].join(' / ');
}

export function typeText(schemas: JsonSchema[], lang: Language = 'en'): string {
  const kinds = new Set<string>();
  for (const s of schemas) {
    if (s.enum) kinds.add(s.enum.map(String).join(' | '));
    else if (s.const !== undefined) kinds.add(String(s.const));
    else if (s.type === 'array') kinds.add(helpWord(lang, 'help.type.list'));
    else if (s.type === 'object') kinds.add(helpWord(lang, 'help.type.mapping'));
    else if (s.type === 'boolean') kinds.add('true | false');
    else if (s.type === 'integer' || s.type === 'number')
      kinds.add(
        s.minimum !== undefined && s.maximum !== undefined && s.maximum < 1e6
          ? `${s.minimum}–${s.maximum}`
          : helpWord(lang, s.type === 'integer' ? 'help.type.wholeNumber' : 'help.type.number'),
      );
    else if (s.pattern?.includes('ms|s|m|min|h|d')) kinds.add(helpWord(lang, 'help.type.duration'));
    else if (s.pattern) kinds.add(helpWord(lang, 'help.type.id'));
    else if (s.type === 'string') kinds.add(helpWord(lang, 'help.type.text'));
  }
  return [...kinds].join(helpWord(lang, 'help.or'));
}

/** The kinds of inline condition (`reply`, `deleted`, … `not`), each once, with the condition's own description. */
export function conditionKinds(lang: Language = 'en', root: JsonSchema = scenarioSchema()): { name: string; description: string }[] {
  const kinds = new Map<string, string>();
  for (const s of schemasAt(['conditions', 'x'], root)) {
    const names = Object.keys(s.properties ?? {});
    if (names.length === 1 && !kinds.has(names[0])) kinds.set(names[0], schemaText(s.description ?? '', lang));
  }
  return [...kinds].map(([name, description]) => ({ name, description }));
}
