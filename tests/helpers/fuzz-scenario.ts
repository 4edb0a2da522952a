// Fuzz of the scenario loader (tests/unit/hostile/fuzz-scenarios-*.test.ts,
// 100,000 mutations in all, split in two files so both cores share them):
// each mutation of a valid scenario goes through loadScenario, and each one
// that compiles through a short drill. Nothing may throw,
// validation must catch whatever would break compiling, and a compiled
// scenario must play. The mutations are cheap edits of the text: those of
// the loader's own property test (characters and lines), and a value on a
// random line replaced by a hostile one (a huge or whitespace-laden
// duration, a wrong type, an unknown name), so that the schema's and the
// compiler's edges are hit, not only the parser's.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/scenario/index.ts';
import { Session, sessionView, type ScenarioModel } from '../../src/engine/play.ts';
import { apply, mutation, type Mutation } from './mutations.ts';

const MINIMAL = readFileSync(resolve(import.meta.dirname, '../fixtures/valid/minimal.yaml'), 'utf8');

const HOSTILE_VALUES = [
  '1000000000000s',
  '1e12',
  '"1h\u00a030m"',
  '"1h\t30m"',
  '-5m',
  '0s',
  '99999999h',
  'apocalyptic',
  'null',
  '~',
  '[]',
  '{}',
  '[1, 2]',
  '{ a: 1 }',
  '42',
  '-1',
  '0.5',
  'true',
  '""',
  '"\uFEFF"',
  'late',
  'spark',
  'calm',
  'maija',
  'page',
  '{ reply: { post: late } }',
  '{ not: { deleted: late } }',
  '"x"',
] as const;

/** A value on one line replaced by a hostile one: an edit of the document, not of its syntax. */
const valueEdit = fc.record({ line: fc.nat(), value: fc.constantFrom(...HOSTILE_VALUES) });
type ValueEdit = { line: number; value: string };

function replaceValue(text: string, edit: ValueEdit): string {
  const lines = text.split('\n');
  const i = edit.line % lines.length;
  const colon = lines[i].indexOf(': ');
  if (colon < 0) return text;
  lines[i] = `${lines[i].slice(0, colon + 2)}${edit.value}`;
  return lines.join('\n');
}

const edit: fc.Arbitrary<Mutation | ValueEdit> = fc.oneof({ arbitrary: mutation, weight: 2 }, { arbitrary: valueEdit, weight: 1 });
const isValueEdit = (e: Mutation | ValueEdit): e is ValueEdit => 'value' in e;

/**
 * A short drill: the first post's reply a minute in, then twenty minutes of
 * the world (or less, to the end). A drill is a pure function of the model,
 * so a mutation that compiles to a model already played (an edit inside a
 * comment, say) is not played again.
 */
function shortDrill(model: ScenarioModel, played: Set<string>): void {
  const key = JSON.stringify(model);
  if (played.has(key)) return;
  played.add(key);
  const session = new Session(model, 3);
  const first = model.phases.find((p) => p.id === model.initial)?.posts[0];
  if (first)
    session.apply({ type: 'reply', at: first.atMs + 60_000, post: first.post, text: 'We are sorry; we are on it.', visibility: 'public' });
  session.advanceTo(Math.min(model.durationMs, 20 * 60_000));
  const view = sessionView(session);
  expect(view.now).toBeLessThanOrEqual(model.durationMs);
}

/** Ten thousand mutations per chunk; `chunks` names which (each has its own seed, so no two files repeat). */
export function fuzzScenarioChunks(chunks: number[]): void {
  const PER_CHUNK = 10_000;
  describe(`${(chunks.length * PER_CHUNK).toLocaleString('en')} scenario mutations`, () => {
    it.each(chunks.map((c) => [c]))(
      'chunk %i: load without a throw; what compiles plays a short drill',
      (chunk) => {
        let compiled = 0;
        const played = new Set<string>();
        fc.assert(
          fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
            const text = edits.reduce((t: string, e) => (isValueEdit(e) ? replaceValue(t, e) : apply(t, e)), MINIMAL);
            const { model, diagnostics } = loadScenario(text, 'mutant.yaml');
            expect(diagnostics.map((d) => d.code)).not.toContain('compile_failed');
            if (!model) {
              expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
              return;
            }
            compiled++;
            shortDrill(model, played);
          }),
          { numRuns: PER_CHUNK, seed: 7919 * (chunk + 1) },
        );
        // The mutations are not all fatal: a share compiles and is played.
        expect(compiled).toBeGreaterThan(0);
      },
      180_000,
    );
  });
}
