// yaml's own errors and warnings as Kohu diagnostics. yaml's messages are
// accurate but written for programmers, so each error code gets a hint
// that says what a trainer most likely typed and how to fix it.
import type { Document, ErrorCode, YAMLError } from 'yaml';
import * as d from '../diagnostics.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { Source } from './source.ts';
import { duplicateKey } from './tree.ts';

const QUOTE_HINT = 'If a text contains `: ` or ` #`, or starts with one of [ ] { } * & ! | > \' " % @ `, put the whole text in double quotes.';

const HINTS: Partial<Record<ErrorCode, string>> = {
  BAD_INDENT: 'Check the indentation: fields of the same thing start in the same column, and what belongs to a field is indented further (with spaces).',
  TAB_AS_INDENT: 'Indent with spaces only; most editors can turn tabs into spaces.',
  MISSING_CHAR: 'Something opened on this line or above is never closed: every `"`, `[` and `{` needs its partner.',
  BAD_DQ_ESCAPE: 'Inside double quotes a backslash starts an escape such as \\n. Write \\\\ for a backslash, or use single quotes.',
  BLOCK_AS_IMPLICIT_KEY: QUOTE_HINT,
  MULTILINE_IMPLICIT_KEY: `A field name must fit on one line. ${QUOTE_HINT}`,
  UNEXPECTED_TOKEN: `Check this line and the one before it. ${QUOTE_HINT}`,
  BAD_SCALAR_START: QUOTE_HINT,
  BAD_ALIAS: 'An alias `*name` needs an anchor `&name` earlier in the file.',
  BLOCK_IN_FLOW: 'Inside `[ ]` or `{ }` write everything on one line, or drop the brackets and use indented lines.',
  NON_STRING_KEY: 'A field name must be a plain word, not a list or a group of fields: look for a stray `?`, `[` or `{` at the start of the line.',
  KEY_OVER_1024_CHARS: 'A field name this long is probably a text missing its `name:` in front.',
};
const DEFAULT_HINT = `Check the quotes, colons and indentation here and on the line before. ${QUOTE_HINT}`;

/**
 * Every error yaml reports, except echoes: after a syntax error yaml often
 * complains about each following line (one tab can yield six errors), so a
 * syntax error on the same line as, or the line after, the previous one is
 * dropped. Errors separated by a clean line are all reported. Unknown tags
 * are warnings to yaml but errors to Kohu.
 */
export function yamlDiagnostics(src: Source, doc: Document.Parsed): Diagnostic[] {
  const out: Diagnostic[] = [];
  let lastSyntaxLine = -2;
  for (const error of [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0])) {
    const diagnostic = fromError(src, doc, error);
    if (diagnostic.code === 'yaml_syntax') {
      const echo = diagnostic.line - lastSyntaxLine <= 1;
      lastSyntaxLine = diagnostic.line;
      if (echo) continue;
    }
    out.push(diagnostic);
  }
  for (const warning of doc.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED') out.push(d.yaml_unknown_tag(src, warning.pos, { tag: tagName(src, warning) }));
  }
  return out;
}

function fromError(src: Source, doc: Document.Parsed, error: YAMLError): Diagnostic {
  const at = error.pos;
  if (error.code === 'MULTIPLE_DOCS') return d.yaml_multiple_documents(src, [at[0], at[0] + 3]);
  if (error.code === 'DUPLICATE_KEY') {
    const dup = duplicateKey(src, doc, at[0]);
    if (dup) return d.yaml_duplicate_key(src, dup.range, dup);
    return d.yaml_duplicate_key(src, at, { key: keyText(src, at), firstLine: src.position(at[0]).line });
  }
  const detail =
    error.code === 'NON_STRING_KEY'
      ? 'a field name here is a list or a group of fields, not a word.'
      : error.message.replace(/\s+at line \d+, column \d+:[\s\S]*$/, '').trim();
  // yaml notices an unclosed bracket only where the indentation runs out.
  const unclosed = /end with a [\]}]/.test(detail);
  return d.yaml_syntax(src, at, { detail: sentence(detail), hint: (unclosed ? HINTS.MISSING_CHAR : HINTS[error.code]) ?? DEFAULT_HINT });
}

function keyText(src: Source, [start]: readonly [number, number]): string {
  return src.text.slice(start, start + 40).split(/:\s|\n/)[0].trim();
}

/** The tag as the trainer wrote it (`!!python/object`), not yaml's expanded URI. */
function tagName(src: Source, warning: YAMLError): string {
  const written = /![^\s,[\]{}]*/.exec(src.text.slice(warning.pos[0], warning.pos[1]));
  return written ? written[0] : warning.message.replace(/^Unresolved tag:\s*/, '');
}

const sentence = (s: string) => (s.endsWith('.') ? s : `${s}.`);
