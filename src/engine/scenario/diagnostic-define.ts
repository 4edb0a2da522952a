// How a diagnostic is made: the Diagnostic shape every tool reads, the
// registry of codes (CATALOGUE) and `define`, which turns a code, its
// severity and its English words (the Finnish come from diagnostics-fi.ts)
// into a constructor that places the text at a node of the source. The
// codes themselves are the catalogue in diagnostics.ts.
import type { Offsets, Source } from './1-parse/source.ts';
import type { Code, Params, Text, Texts } from './diagnostic-params.ts';
import { FI } from './diagnostics-fi.ts';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  hint: string;
  /** The message and hint in Finnish, for a Finnish UI (and `kohu validate --lang fi`). */
  fi?: { message: string; hint: string };
  /** For a "did you mean" hint: the text that should stand in the marked range (editors offer it as a quick fix). */
  suggestion?: string;
  file: string;
  line: number; // 1-based
  col: number; // 1-based
  endLine: number;
  endCol: number; // exclusive: the column just after the last marked character
  frame: string;
}

/** A YAML node (anything with yaml's `range`), or character offsets. */
export type At = { range?: readonly [number, number, number] | null } | Offsets;

/** Every code with its severity: for docs, editors and the fixture coverage test. */
export const CATALOGUE: Record<string, Severity> = {};

type Constructor<P> = (src: Source, at: At, ...params: P extends void ? [] : [P]) => Diagnostic;

export function define<C extends Code>(
  code: C,
  severity: Severity,
  message: Text<Params[C]>,
  hint: Text<Params[C]>,
): Constructor<Params[C]> {
  CATALOGUE[code] = severity;
  return (src, at, ...params) => {
    const p = params[0] as Params[C];
    const text = (t: Text<Params[C]>) => (typeof t === 'string' ? t : t(p));
    const fi: Texts<Params[C]> = FI[code];
    const made = make(
      src,
      offsetsOf(at),
      code,
      severity,
      { message: text(message), hint: text(hint) },
      { message: text(fi.message), hint: text(fi.hint) },
    );
    const suggestion = FIXED_BY_SUGGESTION.has(code) ? (p as { suggestion?: unknown } | undefined)?.suggestion : undefined;
    return typeof suggestion === 'string' ? { ...made, suggestion } : made;
  };
}

/** Codes whose marked range is exactly the misspelt word, so the suggestion can replace it. */
const FIXED_BY_SUGGESTION = new Set<Code>([
  'schema_unknown_field',
  'schema_bad_value',
  'ref_unknown_persona',
  'ref_unknown_channel',
  'ref_unknown_post',
  'ref_unknown_phase',
  'ref_unknown_condition',
]);

function offsetsOf(at: At): Offsets {
  if ('range' in at) return at.range ? [at.range[0], at.range[1]] : [0, 0];
  return at as Offsets;
}

type Words = { message: string; hint: string };

function make(src: Source, [start, end]: Offsets, code: string, severity: Severity, en: Words, fi: Words): Diagnostic {
  const from = src.position(start);
  // An empty range (a missing value) still marks one column, so editors show it.
  const to = end > start ? src.position(end) : { line: from.line, col: from.col + 1 };
  return {
    code,
    severity,
    ...en,
    fi,
    file: src.file,
    line: from.line,
    col: from.col,
    endLine: to.line,
    endCol: to.col,
    frame: src.frame([start, end]),
  };
}
