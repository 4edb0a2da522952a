// What each diagnostic code is told about the problem, shared by the two
// catalogues: the English one (diagnostics.ts) and the Finnish one
// (diagnostics-fi.ts). Both are typed against this list, so a code added to
// one and forgotten in the other does not compile. Types only.

export type Lang = 'fi' | 'en';

/** Words a rule puts together itself (a value, a yaml hint), in both languages. */
export interface Both {
  en: string;
  fi: string;
}

/**
 * Where in the scenario, in words: "Phase `spark`" in English; in Finnish
 * in the two cases the messages need ("Vaiheesta `spark` puuttuu…",
 * "Vaiheessa `spark` ei ole…"). Each starts with a capital.
 */
export interface Place {
  en: string;
  fi: { ela: string; ine: string };
}

export type Text<P> = string | ((p: P) => string);
export interface Texts<P> {
  message: Text<P>;
  hint: Text<P>;
}

export type Ref = { name: string; suggestion?: string; known: string[] };
export type IdKind = 'channel' | 'persona' | 'post' | 'phase' | 'reply';

export interface Params {
  input_empty: void;
  input_too_large: { bytes: number; limit: number };
  input_binary: { nul: boolean };
  input_unreadable: { reason: 'missing' | 'directory' | 'denied' | 'other' };
  yaml_syntax: { detail: Both; hint: Both };
  yaml_duplicate_key: { key: string; firstLine: number };
  yaml_alias_limit: void;
  yaml_alias_cycle: { name: string };
  yaml_unknown_tag: { tag: string };
  yaml_too_deep: { limit: number };
  yaml_multiple_documents: void;
  scenario_not_mapping: { got: Both };
  schema_format_version: { found?: Both; isNumber: boolean };
  schema_missing_field: { where: Place; fields: string[]; about: Both };
  schema_unknown_field: { field: string; where: Place; suggestion?: string; allowed: string[] };
  schema_wrong_type: { field: string; expected: Both; got: Both; hint: Both };
  schema_bad_value: { field: string; value: string; allowed: readonly unknown[]; suggestion?: string; about: Both };
  schema_out_of_range: { field: string; value: string; min?: number; max?: number; about: Both };
  schema_empty: { field: string; kind: 'text' | 'list' | 'value' };
  duration_invalid: { value: string; isNumber: boolean };
  id_invalid: { value: string; suggestion: string };
  condition_invalid: { problem: Both; suggestion?: string; kinds: string[] };
  ref_unknown_persona: Ref;
  ref_unknown_channel: Ref;
  ref_unknown_post: Ref;
  ref_unknown_phase: Ref;
  ref_unknown_condition: Ref;
  duplicate_id: { kind: IdKind; id: string; firstLine: number };
  condition_cycle: { cycle: string[] };
  phase_unreachable: { phase: string; initial: string };
  phase_dead_end: { phase: string };
  phase_trap: { phases: string[] };
  ending_none_good: void;
  ending_has_transitions: { phase: string };
  post_never_appears: { post: string };
  post_listed_twice: { post: string; firstLine: number };
  objective_target_mismatch: { said: string; post: string; severity: string; target: string };
  duration_too_long: { duration: string; max: string };
  compile_failed: { detail: string };
}

export type Code = keyof Params;

/** Every code's Finnish texts: the type makes each one required. */
export type FinnishCatalogue = { [C in Code]: Texts<Params[C]> };
