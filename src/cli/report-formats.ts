// `kohu validate --format json|sarif`: the diagnostics as documents for
// scripts, CI and code scanning. Both shapes are documented in
// scenarios/README.md ("Machine-readable output") and kept stable: the JSON
// carries `"version": 1`, and a change to its shape raises it.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { diagnosticRules, diagnosticText, type Diagnostic } from '../engine/authoring.ts';
import type { Language } from '../engine/play.ts';

export interface Counts {
  files: number;
  errors: number;
  warnings: number;
}

/** One object per diagnostic, both languages, 1-based positions with an exclusive end column. */
export function jsonReport(diagnostics: readonly Diagnostic[], counts: Counts): object {
  return {
    kind: 'kohu-diagnostics',
    version: 1,
    ...counts,
    diagnostics: diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      file: d.file,
      line: d.line,
      col: d.col,
      endLine: d.endLine,
      endCol: d.endCol,
      message: d.message,
      hint: d.hint,
      fi: diagnosticText(d, 'fi'),
    })),
  };
}

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/**
 * SARIF 2.1.0 with one run: Kohu's rules (every catalogue code, with its
 * title) and a result per diagnostic. Paths inside the working folder are
 * relative to %SRCROOT%, which is what code scanning matches against the
 * repository; columns are UTF-16 code units, as Kohu counts them.
 */
export function sarifReport(diagnostics: readonly Diagnostic[], lang: Language, version: string, cwd = process.cwd()): object {
  const rules = diagnosticRules();
  const index = new Map(rules.map((r, i) => [r.code, i]));
  const hintWord = lang === 'fi' ? 'Vihje' : 'Hint';
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kohu',
            version,
            rules: rules.map((r) => ({
              id: r.code,
              name: r.code.replace(/(^|_)([a-z])/g, (_, _u, c: string) => c.toUpperCase()),
              shortDescription: { text: r.title[lang] },
              defaultConfiguration: { level: r.severity },
              properties: { tags: [r.code.split('_')[0]] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd + sep).href } },
        results: diagnostics.map((d) => {
          const { message, hint } = diagnosticText(d, lang);
          const ruleIndex = index.get(d.code);
          return {
            ruleId: d.code,
            ...(ruleIndex !== undefined && { ruleIndex }),
            level: d.severity,
            message: { text: hint ? `${message}\n${hintWord}: ${hint}` : message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifact(d.file, cwd),
                  region: { startLine: d.line, startColumn: d.col, endLine: d.endLine, endColumn: d.endCol },
                },
              },
            ],
          };
        }),
      },
    ],
  };
}

function artifact(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  if (isAbsolute(rel) || rel.startsWith('..')) return { uri: pathToFileURL(resolve(cwd, file)).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
