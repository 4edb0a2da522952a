// Diagnostics for play scripts: the same shape as the scenario's (code,
// file:line:col, frame, hint), so the CLI and the studio print them alike.
import type { Diagnostic } from '../scenario/diagnostics.ts';
import type { Offsets, Source } from '../scenario/1-parse/source.ts';

export function scriptDiagnostic(src: Source, [start, end]: Offsets, code: string, message: string, hint: string, severity: 'error' | 'warning' = 'error'): Diagnostic {
  const from = src.position(start);
  const to = end > start ? src.position(end) : { line: from.line, col: from.col + 1 };
  return { code, severity, message, hint, file: src.file, line: from.line, col: from.col, endLine: to.line, endCol: to.col, frame: src.frame([start, end]) };
}

export const SCRIPT_HINTS = {
  script_not_list: 'A script is `actions:` followed by a list; each item starts with `- at: 4m` and `type: reply` (see scenarios/README.md, "Play scripts").',
  script_action_not_mapping: 'Write each action as a mapping: `- at: 4m` on one line, `type: reply` and its fields indented below.',
  script_time_missing: 'Give every action a simulated time, e.g. `at: 4m` or `at: 1h30m`.',
  script_time_invalid: 'Write a duration such as 90s, 5m, 2h or 1h30m.',
  script_time_backwards: 'Actions run in order; sort them by `at`, or fix this time.',
  script_type_unknown: 'Use one of: reply, follow_up, delete, hide, escalate, statement, mark_read, end.',
  script_field_missing: 'Add the field; see the action types in scenarios/README.md.',
  script_post_unknown: 'Use the `id` of a post in the scenario.',
  script_level_invalid: 'Escalation levels are 0 (customer service), 1 (communications), 2 (communications leads), 3 (top management).',
  script_visibility_invalid: 'Use `visibility: public` (in the thread) or `visibility: private` (private message).',
  script_seed_invalid: 'The seed is a whole number, e.g. `seed: 1`.',
  script_action_rejected: 'The drill refused this action at that moment; check that the post has appeared by then and that the drill has not ended.',
} as const;
