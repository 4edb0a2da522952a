// Diagnostics on their way out: in a language, as the CLI prints them,
// sorted, and whether any is an error. The catalogue is diagnostics.ts.
import type { Lang } from './diagnostic-params.ts';
import type { Diagnostic } from './diagnostics.ts';

/** A diagnostic's message and hint in a language (English when it has no Finnish). */
export function diagnosticText(d: Pick<Diagnostic, 'message' | 'hint' | 'fi'>, lang: Lang): { message: string; hint: string } {
  return lang === 'fi' && d.fi ? d.fi : { message: d.message, hint: d.hint };
}

/**
 * `FILE:LINE:COL: error CODE: message`, the code frame, then the hint (what
 * the CLI prints). In Finnish only the words change: the first line keeps
 * its compiler shape, which editors and scripts read.
 */
export function formatDiagnostic(d: Diagnostic, lang: Lang = 'en'): string {
  const { message, hint } = diagnosticText(d, lang);
  const head = `${d.file}:${d.line}:${d.col}: ${d.severity} ${d.code}: ${message}`;
  // Leave out what is empty rather than print a bare "hint:" or a blank line.
  return [head, d.frame, hint.trim() ? `  ${lang === 'fi' ? 'vihje' : 'hint'}: ${hint}` : ''].filter(Boolean).join('\n');
}

/** Sorted by file and position; stable, so equal positions keep the order they were found in. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col));
}

export const hasErrors = (list: readonly Diagnostic[]): boolean => list.some((d) => d.severity === 'error');
