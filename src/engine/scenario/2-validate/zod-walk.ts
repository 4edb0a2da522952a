// Reading the zod schema itself, so that messages can name what *is*
// allowed at a spot: the fields of an object, the bounds of a number, the
// schema's own `.describe()` text. zod's definitions are internal data, so
// they are read through a small structural type, in this one file.
import { DURATION_PATTERN, Scenario } from '../schema.ts';

interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  valueType?: Schema;
  options?: Schema[];
  in?: Schema;
  entries?: Record<string, string | number>;
  values?: unknown[];
  checks?: { _zod: { def: Check } }[];
}
interface Check {
  check: string;
  format?: string;
  value?: number;
  pattern?: RegExp;
}
export interface Schema {
  _zod: { def: Def; innerType?: Schema };
  description?: string;
}

const asSchema = (s: unknown) => s as Schema;
export const ROOT = asSchema(Scenario);
const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional']);

/** Through optional/default/lazy/pipe wrappers to the schema that checks values. */
export function unwrap(schema: Schema): Schema {
  let s = schema;
  for (let guard = 0; guard < 20; guard++) {
    const def = s._zod.def;
    if (WRAPPERS.has(def.type) && def.innerType) s = def.innerType;
    else if (def.type === 'lazy' && s._zod.innerType) s = s._zod.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else break;
  }
  return s;
}

/** The schema at a path; through unions it takes the option that has the next key. */
export function schemaAt(path: readonly (string | number)[], root: Schema = ROOT): Schema | undefined {
  let s: Schema | undefined = root;
  for (const segment of path) {
    if (!s) return undefined;
    s = child(unwrap(s), segment);
  }
  return s;
}

function child(s: Schema, segment: string | number): Schema | undefined {
  const def = s._zod.def;
  if (def.type === 'object') return def.shape?.[String(segment)];
  if (def.type === 'array') return def.element;
  if (def.type === 'record') return def.valueType;
  if (def.type === 'union') {
    for (const option of def.options ?? []) {
      const found = child(unwrap(option), segment);
      if (found) return found;
    }
  }
  return undefined;
}

/** The fields an object allows (for a union of objects, all of theirs). */
export function allowedKeys(schema: Schema | undefined): string[] {
  if (!schema) return [];
  const s = unwrap(schema);
  const def = s._zod.def;
  if (def.type === 'object') return Object.keys(def.shape ?? {});
  if (def.type === 'union') return [...new Set((def.options ?? []).flatMap((o) => allowedKeys(o)))];
  return [];
}

/** The first `.describe()` text found from the field's outer wrapper inwards. */
export function descriptionOf(schema: Schema | undefined): string {
  for (let s = schema, guard = 0; s && guard < 20; guard++) {
    if (s.description) return s.description;
    const def: Def = s._zod.def;
    s = def.innerType ?? def.in ?? (def.type === 'lazy' ? s._zod.innerType : undefined);
  }
  return '';
}

const checksOf = (schema: Schema | undefined): Check[] => (schema ? (unwrap(schema)._zod.def.checks ?? []).map((c) => c._zod.def) : []);

export function numberBounds(schema: Schema | undefined): { min?: number; max?: number } {
  const options = schema ? unwrap(schema)._zod.def.options : undefined;
  const number = options?.find((o) => unwrap(o)._zod.def.type === 'number') ?? schema;
  const checks = checksOf(number);
  return { min: checks.find((c) => c.check === 'greater_than')?.value, max: checks.find((c) => c.check === 'less_than')?.value };
}

export function isDuration(schema: Schema | undefined): boolean {
  return checksOf(schema).some((c) => c.pattern?.source === DURATION_PATTERN);
}

const isInt = (schema: Schema) => checksOf(schema).some((c) => c.format === 'safeint');

/** How a trainer would name what the schema wants: "a whole number", "true or false" (and in Finnish). */
export function expectedWords(schema: Schema | undefined): { en: string; fi: string } {
  if (!schema) return { en: 'something else', fi: 'jotain muuta' };
  const s = unwrap(schema);
  const def = s._zod.def;
  switch (def.type) {
    case 'string':
      return isDuration(s) ? { en: 'a duration like 5m', fi: 'kesto, kuten 5m' } : { en: 'text', fi: 'tekstiä' };
    case 'number':
      return isInt(s) ? { en: 'a whole number', fi: 'kokonaisluku' } : { en: 'a number', fi: 'luku' };
    case 'boolean':
      return { en: 'true or false', fi: 'true tai false' };
    case 'array':
      return { en: 'a list', fi: 'lista' };
    case 'object':
    case 'record':
      return {
        en: 'a group of fields (`name: value` lines indented under it)',
        fi: 'joukko kenttiä (sen alle sisennettyjä `nimi: arvo` -rivejä)',
      };
    case 'enum': {
      const values = Object.values(def.entries ?? {}).join(', ');
      return { en: `one of ${values}`, fi: `jokin näistä: ${values}` };
    }
    case 'literal':
      return { en: (def.values ?? []).map(String).join(' or '), fi: (def.values ?? []).map(String).join(' tai ') };
    case 'union': {
      const options = (def.options ?? []).map(expectedWords);
      return { en: [...new Set(options.map((o) => o.en))].join(', or '), fi: [...new Set(options.map((o) => o.fi))].join(' tai ') };
    }
    default:
      return { en: 'something else', fi: 'jotain muuta' };
  }
}
