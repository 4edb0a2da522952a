// Generates static/kohu-scenario.schema.json, the JSON Schema that gives
// trainers autocompletion and inline errors in their editor, from the zod
// schema the validator uses, so the two cannot drift apart. Run by
// `npm run schema` and `npm run build`; a unit test fails when the file in
// the repository is not what this script would write (never edit it by hand).
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_FILE = resolve(ROOT, 'static', 'kohu-scenario.schema.json');

/**
 * The JSON Schema text for a zod scenario schema: draft-07 (what editors'
 * YAML plugins read), input side (fields with defaults are optional).
 * Takes zod and the schema as arguments so that tests can pass their own
 * imports; zod keeps `.describe()` texts in one global registry either way.
 */
export function renderSchema(zod, scenario, formatVersion) {
  const generated = oneKeyUnions(hoistRefDescriptions(zod.toJSONSchema(scenario, { target: 'draft-7', io: 'input' })));
  const { $schema, ...rest } = generated;
  const document = {
    $schema,
    $id: `https://kohu.invalid/schema/kohu-scenario-${formatVersion}.schema.json`,
    title: `Kohu scenario (format ${formatVersion})`,
    description:
      'A crisis-communication training scenario for Kohu: channels, personas and posts, and the phases the crisis moves through. Start the file with `kohu: 1`.',
    ...rest,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * `{ allOf: [{ description, $ref }] }` → `{ description, allOf: [{ $ref }] }`:
 * in draft-07 a keyword beside `$ref` is ignored, so editors would lose the
 * description of a field such as a transition's `when:`.
 */
function hoistRefDescriptions(node) {
  if (Array.isArray(node)) return node.map(hoistRefDescriptions);
  if (!node || typeof node !== 'object') return node;
  const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, hoistRefDescriptions(v)]));
  const only = Array.isArray(out.allOf) && out.allOf.length === 1 ? out.allOf[0] : null;
  if (only && only.$ref && only.description && out.description === undefined) {
    const { description, ...ref } = only;
    return { description, ...out, allOf: [ref] };
  }
  return out;
}

/**
 * A condition is a name or an object with exactly one key (`reply:`,
 * `deleted:`, … `not:`). zod writes that as `anyOf` of one-key objects, and a
 * strict validator then reports every branch it tried (dozens of errors for
 * one typo). Written as "a string, else one object whose key is one of
 * these", a validator reports the real mistake once: an unknown key by name,
 * or the wrong value under the right key.
 */
function oneKeyUnions(node) {
  if (Array.isArray(node)) return node.map(oneKeyUnions);
  if (!node || typeof node !== 'object') return node;
  const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, oneKeyUnions(v)]));
  const options = out.anyOf;
  if (!Array.isArray(options)) return out;
  // A value or an object (`escalated: 2` or `escalated: { at_least: 2 }`): by the value's type, one branch.
  if (options.length === 2) {
    const object = options.find((o) => o.type === 'object');
    const value = options.find((o) => o !== object && typeof o.type === 'string' && o.type !== 'object');
    if (!object || !value) return out;
    const { anyOf: _, ...rest } = out;
    return { ...rest, if: { type: value.type === 'integer' ? 'number' : value.type }, then: value, else: object };
  }
  if (options.length < 3) return out;
  const strings = options.filter((o) => o.type === 'string');
  const objects = options.filter(
    (o) =>
      o.type === 'object' && o.additionalProperties === false && o.required?.length === 1 && Object.keys(o.properties ?? {}).length === 1,
  );
  if (strings.length !== 1 || objects.length !== options.length - 1) return out;
  const { anyOf: _, ...rest } = out;
  const properties = Object.fromEntries(
    objects.map((o) => [o.required[0], { ...(o.description && { description: o.description }), ...o.properties[o.required[0]] }]),
  );
  return {
    ...rest,
    if: { type: 'string' },
    then: strings[0],
    else: { type: 'object', properties, additionalProperties: false, minProperties: 1, maxProperties: 1 },
  };
}

async function main() {
  const { tsImport } = await import('tsx/esm/api');
  const { Scenario, FORMAT_VERSION } = await tsImport(pathToFileURL(resolve(ROOT, 'src/engine/scenario/schema.ts')).href, import.meta.url);
  writeFileSync(SCHEMA_FILE, renderSchema(z, Scenario, FORMAT_VERSION));
  console.log(`wrote ${SCHEMA_FILE.slice(ROOT.length + 1)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
