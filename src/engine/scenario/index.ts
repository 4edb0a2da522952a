// The scenario compiler, as a table of contents:
//   1-parse     YAML text → document whose nodes keep their source ranges
//   2-validate  schema + semantic rules → every problem at once
//   3-compile   a document without errors → the ScenarioModel the run-time plays
// Each phase hands on only what the next can trust, and nothing here throws:
// whatever the text, the answer is a model, diagnostics, or both.
import { nodeAt, parseYaml } from './1-parse/index.ts';
import { validate } from './2-validate/index.ts';
import { compileModel } from './3-compile/to-model.ts';
import * as d from './diagnostics.ts';
import type { Diagnostic } from './diagnostics.ts';
import { hasErrors, sortDiagnostics } from './diagnostic-output.ts';
import { Source } from './1-parse/source.ts';
import type { ScenarioModel } from '../model.ts';

export interface LoadResult {
  /** The compiled scenario, or null when there is any error (warnings alone still compile). */
  model: ScenarioModel | null;
  diagnostics: Diagnostic[];
}

export function loadScenario(text: string, file = 'scenario.yaml'): LoadResult {
  const { parsed, diagnostics: parseProblems } = parseYaml(text, file);
  if (!parsed) return { model: null, diagnostics: parseProblems };

  const { diagnostics, data } = validate(parsed, file);
  if (!data || hasErrors(diagnostics)) return { model: null, diagnostics };

  const src = parsed.source.renamed(file);
  try {
    const locate = (path: (string | number)[]) => {
      const at = nodeAt(parsed.doc, path);
      return at.found ? src.position(at.range[0]) : undefined;
    };
    return { model: compileModel(data, locate), diagnostics };
  } catch (error) {
    // Validation should have caught whatever makes compiling fail; if it did
    // not, that is Kohu's bug, and it must still not take the caller down.
    const detail = error instanceof Error ? error.message : String(error);
    return { model: null, diagnostics: sortDiagnostics([...diagnostics, d.compile_failed(src, [0, 0], { detail })]) };
  }
}

export { parseYaml, nodeAt } from './1-parse/index.ts';
export type { NodeLocation, ParseResult, Path } from './1-parse/index.ts';
export { validate } from './2-validate/index.ts';
export { CATALOGUE } from './diagnostics.ts';
export { diagnosticText, formatDiagnostic, hasErrors, sortDiagnostics } from './diagnostic-output.ts';
export type { Diagnostic, Severity } from './diagnostics.ts';

/** A file the shell could not read, as a diagnostic like any other (for machine-readable output). */
export function unreadableInput(file: string, reason: 'missing' | 'directory' | 'denied' | 'other'): Diagnostic {
  return d.input_unreadable(new Source(file, ''), [0, 0], { reason });
}
