// Kohu's engine, entry point for authoring: YAML text → diagnostics and a
// compiled model, play scripts, exploration, the balance report, the reading
// of a reply, and the schema's words for editors. Loads the YAML parser and
// the schema validator; the drill screen imports ./play.ts instead.
export { loadScenario, unreadableInput, type LoadResult } from './scenario/index.ts';
export { diagnosticRules, type DiagnosticRule } from './scenario/diagnostic-titles.ts';
export { CATALOGUE, diagnosticText, formatDiagnostic, hasErrors, sortDiagnostics } from './scenario/index.ts';
export type { Diagnostic, Severity } from './scenario/index.ts';
export { compareTranslations } from './scenario/translations.ts';
export { formatScenario, commentsOf, type FormatResult } from './scenario/format.ts';
export { Scenario } from './scenario/schema.ts';
export { descriptionFi } from './scenario/schema-fi.ts';
export { conditionRefAt } from './conditions/index.ts';
export { loadScript, type Script } from './script/load-script.ts';
export { playScript } from './script/play-script.ts';
export { explore, type ExploreReport, type ExploreOptions, type PathStep } from './explore/explore.ts';
export * from './balance/index.ts';
export type * from './text/types.ts';
export {
  analyseText,
  readReply,
  findDeadlines,
  resolveDue,
  namesPastDate,
  parseWallTime,
  formatWallTime,
  type Reading,
  type ReadingContext,
  type Grade,
} from './text/index.ts';
