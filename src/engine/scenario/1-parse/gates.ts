// Checks on the raw text before the YAML parser sees it. Each is linear and
// cheap, so a hostile or accidental file (a video renamed .yaml, a 100 MB
// log, ten thousand open brackets) gets one clear diagnostic in milliseconds
// instead of a hang, a crash or a pile of parser noise.
import * as d from '../diagnostics.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { Source } from './source.ts';

export const MAX_BYTES = 1_000_000;
export const MAX_DEPTH = 64;
/** Beyond this many open brackets or indicators on one line, the parser itself would take seconds. */
const QUICK_DEPTH_LIMIT = 1000;

export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** UTF-8 size, counted without allocating; stops early once past the limit. */
export function utf8Bytes(text: string, stopAfter = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAfter; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function checkSize(src: Source): Diagnostic | null {
  // A quick bound first: a UTF-16 unit is at most 3 UTF-8 bytes.
  if (src.text.length * 3 <= MAX_BYTES) return null;
  const bytes = utf8Bytes(src.text);
  return bytes > MAX_BYTES ? d.input_too_large(src, [0, 0], { bytes, limit: MAX_BYTES }) : null;
}

/** NUL bytes mean a binary file; U+FFFD is what a decoder leaves of invalid UTF-8. */
export function checkBinary(src: Source): Diagnostic | null {
  const nul = src.text.indexOf('\u0000');
  const bad = src.text.indexOf('\ufffd');
  if (nul === -1 && bad === -1) return null;
  const at = nul === -1 ? bad : bad === -1 ? nul : Math.min(nul, bad);
  return d.input_binary(src, [at, at + 1], { nul: at === nul });
}

/**
 * A rough upper bound on nesting, from the text alone: open flow brackets,
 * and `- ` / `: ` indicators on one line. It ignores quoting, so it only
 * fires far above any real scenario; the exact check runs on the parse tree.
 */
export function checkQuickDepth(src: Source): Diagnostic | null {
  const t = src.text;
  let flow = 0;
  let onLine = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x5b || c === 0x7b)
      flow++; // [ {
    else if ((c === 0x5d || c === 0x7d) && flow > 0)
      flow--; // ] }
    else if (c === 0x0a) onLine = 0;
    else if ((c === 0x2d || c === 0x3a) && t.charCodeAt(i + 1) === 0x20) onLine++; // "- " ": "
    if (flow > QUICK_DEPTH_LIMIT || onLine > QUICK_DEPTH_LIMIT) return d.yaml_too_deep(src, [i, i + 1], { limit: MAX_DEPTH });
  }
  return null;
}
