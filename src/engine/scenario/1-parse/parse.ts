// Phase 1: text → YAML document whose every node keeps its source range.
// The gates run in order of cost, and the first that fails ends the phase:
// once the text is not trustworthy YAML, anything said about the scenario
// in it would be noise (Svelte stops after a parse error too).
//
// This is yaml's parseDocument taken apart (Parser → Composer) so that the
// token tree can be depth-checked before the recursive composer sees it.
import { Composer, Parser, isMap } from 'yaml';
import type { CST, Document, DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';
import * as d from '../diagnostics.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { Both } from '../diagnostic-params.ts';
import { checkBinary, checkQuickDepth, checkSize, isBlank } from './gates.ts';
import { Source } from './source.ts';
import { checkNodeTree, checkTokenDepth, firstAlias } from './tree.ts';
import { yamlDiagnostics } from './yaml-errors.ts';

export interface ParseResult {
  /** The document, or null when the text could not be read as a scenario's YAML. */
  doc: Document.Parsed | null;
  /** Phase 1's product for phase 2: the document with its source and plain value (null with `doc`). */
  parsed: Parsed | null;
  diagnostics: Diagnostic[];
}

/** Copies an alias may make in toJS before yaml calls it an attack. */
export const MAX_ALIAS_COUNT = 100;

const OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  keepSourceTokens: true,
  prettyErrors: false,
  uniqueKeys: true,
  stringKeys: true, // a list or mapping as a key is an error, not a silently stringified key
  logLevel: 'error', // yaml's warnings become diagnostics, never console output
  strict: true,
  version: '1.2',
};

/** What later phases need: the nodes (for positions), the text (for code frames) and the plain value. */
export interface Parsed {
  doc: Document.Parsed;
  source: Source;
  value: Record<string, unknown>;
}

export function parseYaml(text: string, file: string): ParseResult {
  const src = new Source(file, text);
  const fail = (diagnostic: Diagnostic | Diagnostic[]): ParseResult => ({
    doc: null,
    parsed: null,
    diagnostics: ([] as Diagnostic[]).concat(diagnostic),
  });

  if (isBlank(text)) return fail(d.input_empty(src, [0, 0]));
  const textProblem = checkSize(src) ?? checkBinary(src) ?? checkQuickDepth(src);
  if (textProblem) return fail(textProblem);

  let doc: Document.Parsed | null = null;
  let second: Document.Parsed | null = null;
  try {
    const tokens: CST.Token[] = Array.from(new Parser().parse(text));
    const tooDeep = checkTokenDepth(src, tokens);
    if (tooDeep) return fail(tooDeep);
    for (const next of new Composer(OPTIONS).compose(tokens, true, text.length)) {
      if (!doc) doc = next;
      else {
        second = next;
        break;
      }
    }
  } catch (error) {
    // yaml reports problems as data; a throw here is a limit we did not foresee.
    const detail = { en: `the parser gave up (${String(error)}).`, fi: `jäsennin luovutti (${String(error)}).` };
    const hint = {
      en: "Simplify the file around where it stops making sense, and report this to Kohu's developers.",
      fi: 'Yksinkertaista tiedostoa siltä kohdin, missä se lakkaa olemasta järkevä, ja ilmoita tästä Kohun kehittäjille.',
    };
    return fail(d.yaml_syntax(src, [0, 0], { detail, hint }));
  }
  if (!doc) return fail(d.input_empty(src, [0, 0]));

  const problems = yamlDiagnostics(src, doc);
  if (second) problems.push(d.yaml_multiple_documents(src, [second.range[0], second.range[0] + 3]));
  if (problems.length > 0) return fail(problems);

  if (doc.contents === null) return fail(d.input_empty(src, [0, 0])); // only comments
  if (!isMap(doc.contents)) return fail(d.scenario_not_mapping(src, doc.contents, { got: describeTop(doc.contents) }));

  const treeProblem = checkNodeTree(src, doc);
  if (treeProblem) return fail(treeProblem);

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // yaml throws when one anchor is copied more than MAX_ALIAS_COUNT times.
    if (/alias/i.test(String(error))) return fail(d.yaml_alias_limit(src, firstAlias(doc) ?? doc.contents));
    const detail = { en: `the values could not be read (${String(error)}).`, fi: `arvoja ei voitu lukea (${String(error)}).` };
    const hint = {
      en: "Report this file to Kohu's developers; meanwhile, simplify the YAML around anchors and tags.",
      fi: 'Ilmoita tästä tiedostosta Kohun kehittäjille; yksinkertaista sillä välin YAMLia ankkurien ja tagien ympäriltä.',
    };
    return fail(d.yaml_syntax(src, doc.contents, { detail, hint }));
  }
  return { doc, parsed: { doc, source: src, value: value as Record<string, unknown> }, diagnostics: [] };
}

function describeTop(node: unknown): Both {
  if (node && typeof node === 'object' && 'items' in node) return { en: 'a list', fi: 'lista' };
  const value = node && typeof node === 'object' && 'value' in node ? node.value : node;
  if (typeof value === 'string') {
    const text = `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
    return { en: `just the text ${text}`, fi: `pelkkä teksti ${text}` };
  }
  return { en: `just the value ${String(value)}`, fi: `pelkkä arvo ${String(value)}` };
}
