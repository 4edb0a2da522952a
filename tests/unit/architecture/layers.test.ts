// The engine's folders depend one way. ESLint's import-x/no-cycle catches
// run-time cycles between files; this test catches the rest: cycles between
// folders, type-only imports included, and an import that goes up a layer.
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ENGINE = resolve(__dirname, '../../../src/engine');

/** Bottom first: each unit may import only units listed before it (and itself). */
const LAYERS: string[][] = [
  ['duration.ts', 'model.ts', 'limits.ts'],
  ['text'],
  // Condition kinds: their evaluation serves the run-time, their schema and compile step the scenario.
  ['conditions'],
  ['scenario'],
  ['run'],
  ['scoring'],
  ['result-schema.ts'],
  ['result.ts', 'explore', 'script'],
  ['pipeline.ts'],
  ['balance'],
  ['play.ts', 'authoring.ts'],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const unitOf = (file: string) => relative(ENGINE, file).split('/')[0];

function imports(): { from: string; to: string; where: string }[] {
  return files(ENGINE).flatMap((file) =>
    ts
      .preProcessFile(readFileSync(file, 'utf8'), true, true)
      .importedFiles.filter((i) => i.fileName.startsWith('.'))
      .map((i) => ({
        from: unitOf(file),
        to: unitOf(resolve(dirname(file), i.fileName)),
        where: `${relative(ENGINE, file)} → ${i.fileName}`,
      }))
      .filter((e) => e.from !== e.to),
  );
}

describe('engine layers', () => {
  const layerOf = new Map(LAYERS.flatMap((units, i) => units.map((u) => [u, i] as const)));

  it('places every folder and top-level file of the engine in a layer', () => {
    const units = new Set(files(ENGINE).map(unitOf));
    expect([...units].filter((u) => !layerOf.has(u))).toEqual([]);
  });

  it('imports only downwards: no unit reaches a layer above it or a unit beside it', () => {
    const upward = imports().filter((e) => layerOf.get(e.to)! >= layerOf.get(e.from)!);
    expect(upward.map((e) => e.where)).toEqual([]);
  });
});

describe('files', () => {
  it('import one another without a cycle, type imports included', () => {
    const SRC = resolve(ENGINE, '..');
    const graph = new Map(
      files(SRC).map((file) => [
        file,
        ts
          .preProcessFile(readFileSync(file, 'utf8'), true, true)
          .importedFiles.filter((i) => i.fileName.startsWith('.') && i.fileName.endsWith('.ts'))
          .map((i) => resolve(dirname(file), i.fileName)),
      ]),
    );
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(SRC, f)).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
