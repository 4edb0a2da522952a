// What every validation rule gets: the document (for positions), the source
// (for frames), the plain value and a forgiving view of it.
import type { Document } from 'yaml';
import { keyAt, nodeAt } from '../1-parse/index.ts';
import type { Offsets, Path, Source } from '../1-parse/index.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { ScenarioView } from './view.ts';

export interface Context {
  doc: Document;
  src: Source;
  raw: Record<string, unknown>;
  view: ScenarioView;
  /** Paths where the schema found a problem (an object's own path for unknown or missing fields). */
  broken: readonly Path[];
  /** The value at the path, or where it should be (the parent's key). */
  at(path: Path): Offsets;
  /** The key of the field at the path. */
  keyAt(path: Path): Offsets;
  line(path: Path): number;
}

export type Rule = (ctx: Context) => Diagnostic[];

export function makeContext(doc: Document, src: Source, raw: Record<string, unknown>, view: ScenarioView): Context {
  return {
    doc,
    src,
    raw,
    view,
    broken: [],
    at: (path) => nodeAt(doc, path).range,
    keyAt: (path) => keyAt(doc, path),
    line: (path) => src.position(nodeAt(doc, path).range[0]).line,
  };
}

/**
 * Whether the schema found a problem in `section` that could distort a rule
 * reading `fields` of its items: the section, an item as a whole (a misspelt
 * field name lands there), one of those fields or an item of it. Deeper
 * problems (a typo inside a transition's condition) leave the rules alone.
 * Rules skip such spots rather than echo the schema in other words.
 */
export function touched(ctx: Context, section: string, fields: readonly string[], item?: number): boolean {
  return ctx.broken.some(
    (p) =>
      p[0] === section &&
      (item === undefined || p.length < 2 || p[1] === item) &&
      (p.length <= 2 || (p.length <= 4 && fields.includes(String(p[2])))),
  );
}
