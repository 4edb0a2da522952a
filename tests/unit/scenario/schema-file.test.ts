// static/kohu-scenario.schema.json is generated from the zod schema by
// `npm run schema`; this fails when the committed file is stale or was
// edited by hand.
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, Scenario } from '../../../src/engine/scenario/schema.ts';
import { SCHEMA_FILE, renderSchema } from '../../../scripts/gen-schema.mjs';

describe('the published JSON Schema', () => {
  const committed = readFileSync(SCHEMA_FILE, 'utf8');

  it('is exactly what `npm run schema` generates from the zod schema', () => {
    expect(committed).toBe(renderSchema(z, Scenario, FORMAT_VERSION));
  });

  it('has an id, a title and descriptions for editors to show', () => {
    const schema = JSON.parse(committed);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toMatch(/kohu-scenario-1\.schema\.json$/);
    expect(schema.title).toContain('Kohu scenario');
    expect(schema.properties.kohu.description).toBeTruthy();
    expect(schema.properties.phases.description).toBeTruthy();
    expect(schema.additionalProperties).toBe(false);
  });
});
