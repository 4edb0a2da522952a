// Phase 1 of the scenario compiler: YAML text → document with source ranges.
export { parseYaml, MAX_ALIAS_COUNT } from './parse.ts';
export type { ParseResult, Parsed } from './parse.ts';
export { nodeAt, keyAt, rangeOf } from './node-at.ts';
export type { NodeLocation, Path } from './node-at.ts';
export { Source } from './source.ts';
export type { Offsets, Position } from './source.ts';
export { MAX_BYTES, MAX_DEPTH } from './gates.ts';
