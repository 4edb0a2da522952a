// The published JSON Schema (static/kohu-scenario.schema.json), read by a
// strict validator as editors and CI tools do: for each schema fixture it
// must name the real mistakes, at the nodes where Kohu reports them, without
// a cascade of errors from every branch of a union (issue: 47 errors of
// `oneOf` noise for one typo in a condition).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import { isMap, parseDocument, type Document, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/load.ts';

const schema = JSON.parse(readFileSync(join(ROOT, 'static/kohu-scenario.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const FIXTURES = join(ROOT, 'tests/fixtures/invalid');
// condition-cycle is a semantic rule, not the schema's. A newer `kohu:` format
// may be another language altogether, so Kohu then says only that; a
// validator goes on to the other fields.
const cases = readdirSync(FIXTURES).filter(
  (d) => /^(schema|condition)-/.test(d) && !['condition-cycle', 'schema-format-version'].includes(d),
);

/** The 1-based line of the node an error is about: an unknown key's own line, a missing key's object, else the value. */
function lineOf(doc: Document, text: string, e: ErrorObject): number {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
  let node = doc.getIn(path, true) as Node | undefined;
  if (path.length === 0) node = doc.contents as Node;
  if (e.keyword === 'additionalProperties' && isMap(node)) {
    const pair = node.items.find((p) => (p.key as { value?: unknown })?.value === e.params.additionalProperty);
    node = (pair?.key as Node) ?? node;
  }
  const offset = node?.range?.[0] ?? 0;
  return text.slice(0, offset).split('\n').length;
}

describe('the published schema under a strict validator', () => {
  it.each(cases)('%s: every error names a mistake Kohu reports, and every mistake gets one', (name) => {
    const text = readFileSync(join(FIXTURES, name, 'scenario.yaml'), 'utf8');
    const doc = parseDocument(text);
    validate(doc.toJS());
    // `if` only says which branch failed; the branch's own error follows it.
    // A misspelt field is both unknown and missing: Kohu says it once ("did you mean"), at the misspelling.
    const all = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
    const misspelt = new Set(all.filter((e) => e.keyword === 'additionalProperties').map((e) => e.instancePath));
    const errors = all.filter((e) => !(e.keyword === 'required' && misspelt.has(e.instancePath)));
    const expected: { line: number }[] = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8'));
    const kohuLines = new Set(expected.map((d) => d.line));
    const ajvLines = errors.map((e) => lineOf(doc, text, e));
    expect(new Set(ajvLines), JSON.stringify(errors.map((e) => [e.instancePath, e.message]))).toEqual(kohuLines);
    // No union noise: at most two errors for one mistake (Kohu names two missing fields of one object in one).
    expect(all.length).toBeLessThanOrEqual(2 * expected.length);
  });
});

describe('the published schema on valid files', () => {
  const shipped = readdirSync(join(ROOT, 'scenarios'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join('scenarios', f));
  const valid = readdirSync(join(ROOT, 'tests/fixtures/valid'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join('tests/fixtures/valid', f));
  it.each([...shipped, ...valid])('%s passes a strict validator', (file) => {
    validate(parseDocument(readFileSync(join(ROOT, file), 'utf8')).toJS());
    expect(validate.errors ?? []).toEqual([]);
  });
});
