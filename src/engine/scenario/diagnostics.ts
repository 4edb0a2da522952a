// The catalogue of everything Kohu can say about a scenario file, after
// Svelte's errors.js: one constructor per code, named like the code
// (`<subject>_<problem>`), taking the source and the offending YAML node (or
// a character range). Messages are written for trainers, not programmers:
// they say what is wrong in the scenario's own words, and the hint says
// what to type instead. Every diagnostic carries its text in English
// (`message`, `hint`: what the CLI prints and the tests read) and in Finnish
// (`fi`), from diagnostics-fi.ts; what each code is told is in
// diagnostic-params.ts, which both catalogues are checked against.
import { define } from './diagnostic-define.ts';
import type { Ref } from './diagnostic-params.ts';

export { CATALOGUE, type At, type Diagnostic, type Severity } from './diagnostic-define.ts';

const list = (items: readonly unknown[]) => items.map((i) => `\`${String(i)}\``).join(', ');
const didYouMean = (s: string | undefined) => (s === undefined ? '' : `Did you mean \`${s}\`? `);
const both = (items: readonly string[]) =>
  items.length === 1 ? `\`${items[0]}\`` : `${list(items.slice(0, -1))} and \`${items[items.length - 1]}\``;

// ── The input as a whole ──────────────────────────────────────────────────────

export const input_empty = define(
  'input_empty',
  'error',
  'The file is empty.',
  'Start with `kohu: 1` on the first line, then the fields of a scenario; copying a shipped scenario from scenarios/ is the quickest start.',
);
export const input_too_large = define(
  'input_too_large',
  'error',
  (p) => `The file is ${(p.bytes / 1e6).toFixed(1)} MB; a scenario may be at most ${p.limit / 1e6} MB.`,
  'Check that this is the right file. A real scenario is a few dozen kilobytes; split very long texts or remove pasted data.',
);
export const input_binary = define(
  'input_binary',
  'error',
  (p) => `The file contains ${p.nul ? 'a NUL byte' : 'bytes that are not valid UTF-8 text'}, so it is not plain text.`,
  'Save the scenario as plain UTF-8 text. If you pasted text from a word processor or a PDF, retype the marked spot.',
);

export const input_unreadable = define(
  'input_unreadable',
  'error',
  (p) =>
    p.reason === 'missing'
      ? 'There is no such file.'
      : p.reason === 'directory'
        ? 'This is a folder, not a file.'
        : p.reason === 'denied'
          ? 'You have no permission to read this file.'
          : 'This file cannot be read.',
  (p) =>
    p.reason === 'missing' || p.reason === 'directory'
      ? 'Check the path and the file name (scenarios are `<id>.<language>.yaml`).'
      : 'Check that the file is readable by you and not open in another program that locks it.',
);

// ── YAML ──────────────────────────────────────────────────────────────────────

export const yaml_syntax = define(
  'yaml_syntax',
  'error',
  (p) => `YAML syntax error: ${p.detail.en}`,
  (p) => p.hint.en,
);
export const yaml_duplicate_key = define(
  'yaml_duplicate_key',
  'error',
  (p) => `\`${p.key}\` appears twice in the same place; the first is on line ${p.firstLine}.`,
  'Keep one of them: YAML keeps only one value per key, so the other would be lost silently.',
);
export const yaml_alias_limit = define(
  'yaml_alias_limit',
  'error',
  'This file uses too many aliases (`*name` copies of `&name`); expanding them would take too much memory.',
  'Write the repeated values out, or use fewer aliases; aliases that copy other aliases multiply quickly.',
);
export const yaml_alias_cycle = define(
  'yaml_alias_cycle',
  'error',
  (p) => `The alias \`*${p.name}\` is inside its own anchor \`&${p.name}\`, which would make an endless structure.`,
  'Remove the alias, or write the value out in full.',
);
export const yaml_unknown_tag = define(
  'yaml_unknown_tag',
  'error',
  (p) => `Unknown YAML tag \`${p.tag}\`.`,
  'Remove the tag: scenarios use plain YAML values only. If a text starts with `!`, put the whole text in quotes.',
);
export const yaml_too_deep = define(
  'yaml_too_deep',
  'error',
  (p) => `The YAML is nested more than ${p.limit} levels deep here.`,
  'A scenario needs only a handful of levels. Look for an unclosed `[` or `{`, or for runaway indentation.',
);
export const yaml_multiple_documents = define(
  'yaml_multiple_documents',
  'error',
  'The file contains a second YAML document (after a `---` line).',
  'Keep one scenario per file: remove the `---` line and what follows it, or move that part to a file of its own.',
);
export const scenario_not_mapping = define(
  'scenario_not_mapping',
  'error',
  (p) => `A scenario must be a set of fields like \`kohu: 1\` and \`id: …\`, but this file holds ${p.got.en}.`,
  'Start the file with `kohu: 1` on its own line, then one field per line as `name: value`, all starting in the first column.',
);

// ── The schema: fields and their values ───────────────────────────────────────

export const schema_format_version = define(
  'schema_format_version',
  'error',
  (p) =>
    p.found === undefined
      ? 'The file does not say which scenario format it is written in.'
      : p.isNumber
        ? `This file is written for scenario format ${p.found.en}, but this version of Kohu reads format 1.`
        : `\`kohu:\` must be the format number 1, but here it is ${p.found.en}.`,
  (p) =>
    p.found === undefined
      ? 'Add `kohu: 1` as the first line.'
      : p.isNumber
        ? 'Open it with the Kohu version it was written for, or rewrite it for format 1 and write `kohu: 1`.'
        : 'Write `kohu: 1`, without quotes.',
);
export const schema_missing_field = define(
  'schema_missing_field',
  'error',
  (p) => `${p.where.en} is missing ${both(p.fields)}.`,
  (p) =>
    p.fields.length === 1
      ? `Add \`${p.fields[0]}: …\` here.${p.about.en ? ` ${p.about.en}` : ''}`
      : `Add them here, one per line: ${p.fields.map((f) => `\`${f}: …\``).join(', ')}.`,
);
export const schema_unknown_field = define(
  'schema_unknown_field',
  'error',
  (p) => `${p.where.en} has no field \`${p.field}\`.`,
  (p) => `${didYouMean(p.suggestion)}The fields here are ${list(p.allowed)}.`,
);
export const schema_wrong_type = define(
  'schema_wrong_type',
  'error',
  (p) => `\`${p.field}\` must be ${p.expected.en}, but here it is ${p.got.en}.`,
  (p) => p.hint.en,
);
export const schema_bad_value = define(
  'schema_bad_value',
  'error',
  (p) => `\`${p.value}\` is not a possible value of \`${p.field}\`.`,
  (p) =>
    [didYouMean(p.suggestion).trim(), p.allowed.length > 0 ? `Write one of ${list(p.allowed)}.` : '', p.about.en].filter(Boolean).join(' '),
);
export const schema_out_of_range = define(
  'schema_out_of_range',
  'error',
  (p) => {
    const range =
      p.min !== undefined && p.max !== undefined
        ? `from ${p.min} to ${p.max}`
        : p.min !== undefined
          ? `at least ${p.min}`
          : `at most ${p.max}`;
    return `\`${p.field}\` is ${p.value}, but it must be ${range}.`;
  },
  (p) => p.about.en || 'Change the number to fit the range.',
);
export const schema_empty = define(
  'schema_empty',
  'error',
  (p) => `\`${p.field}\` is empty.`,
  (p) =>
    p.kind === 'list'
      ? 'Give it at least one item, each on its own line starting with `- `.'
      : p.kind === 'text'
        ? 'Write some text here.'
        : 'Write a value after the colon, or remove the line if the field is optional.',
);
export const duration_invalid = define(
  'duration_invalid',
  'error',
  (p) => (p.isNumber ? `\`${p.value}\` has no unit, so Kohu cannot tell minutes from seconds.` : `\`${p.value}\` is not a duration.`),
  (p) =>
    p.isNumber
      ? `Write \`${p.value}m\` for minutes or \`${p.value}s\` for seconds.`
      : 'Write a number and a unit without spaces around it, like `90s`, `5m`, `2h`, `1h30m` or `2d` (units: ms, s, m or min, h, d).',
);
export const id_invalid = define(
  'id_invalid',
  'error',
  (p) => `\`${p.value}\` cannot be used as an id.`,
  (p) =>
    `An id starts with a letter and has only letters a–z, digits, \`-\` and \`_\` (no spaces, no ä or ö), for example \`${p.suggestion}\`.`,
);
export const condition_invalid = define(
  'condition_invalid',
  'error',
  (p) => p.problem.en,
  (p) =>
    `${didYouMean(p.suggestion)}A condition is the name of one under \`conditions:\`, or one of ${list(p.kinds)}; combine several with \`all: [ … ]\` or \`any: [ … ]\`.`,
);

// ── References and ids ────────────────────────────────────────────────────────

const refHint = (kind: string, section: string) => (p: Ref) =>
  p.suggestion !== undefined
    ? `Did you mean \`${p.suggestion}\`?`
    : p.known.length > 0 && p.known.length <= 12
      ? `The ${kind}s are ${list(p.known)}.`
      : `Add a ${kind} with this id under \`${section}:\`.`;

export const ref_unknown_persona = define(
  'ref_unknown_persona',
  'error',
  (p) => `There is no persona \`${p.name}\`.`,
  refHint('persona', 'personas'),
);
export const ref_unknown_channel = define(
  'ref_unknown_channel',
  'error',
  (p) => `There is no channel \`${p.name}\`.`,
  refHint('channel', 'channels'),
);
export const ref_unknown_post = define('ref_unknown_post', 'error', (p) => `There is no post \`${p.name}\`.`, refHint('post', 'posts'));
export const ref_unknown_phase = define(
  'ref_unknown_phase',
  'error',
  (p) => `There is no phase \`${p.name}\`.`,
  refHint('phase', 'phases'),
);
export const ref_unknown_condition = define(
  'ref_unknown_condition',
  'error',
  (p) => `There is no condition \`${p.name}\` under \`conditions:\`.`,
  refHint('condition', 'conditions'),
);
export const duplicate_id = define(
  'duplicate_id',
  'error',
  (p) => `Another ${p.kind} already has the id \`${p.id}\` (line ${p.firstLine}).`,
  (p) => `Ids must be unique among ${p.kind === 'reply' ? 'replies' : `${p.kind}s`}: rename one of the two, and the references to it.`,
);
export const condition_cycle = define(
  'condition_cycle',
  'error',
  (p) => `These conditions are defined through each other in a circle: ${p.cycle.join(' → ')}.`,
  'A condition cannot depend on itself. Write one of them out in full instead of naming the other.',
);

// ── The shape of the crisis ───────────────────────────────────────────────────

export const phase_unreachable = define(
  'phase_unreachable',
  'error',
  (p) => `Phase \`${p.phase}\` can never be reached: no chain of transitions leads to it from the first phase \`${p.initial}\`.`,
  (p) => `Add a transition \`- { to: ${p.phase}, … }\` to a phase that is reached, or remove this phase.`,
);
export const phase_dead_end = define(
  'phase_dead_end',
  'error',
  (p) => `Phase \`${p.phase}\` has no transitions and is not an ending, so the drill would get stuck in it.`,
  'Add `transitions:` (for example `- { to: …, after: 20m }`), or make the phase an ending with `ending: good`, `bad` or `worst`.',
);
export const phase_trap = define(
  'phase_trap',
  'error',
  (p) =>
    p.phases.length === 1
      ? `Phase \`${p.phases[0]}\` leads only back to itself: once the drill enters it, it can never leave or end.`
      : `Phases ${both(p.phases)} lead only to each other: once the drill enters them, it can never leave or end.`,
  'Add a transition that leads out of the loop: to another phase, or to an ending.',
);
export const ending_none_good = define(
  'ending_none_good',
  'error',
  'No phase is a good ending, so the drill cannot be won.',
  'Mark the phase where the crisis has been handled well with `ending: good`.',
);
export const objective_target_mismatch = define(
  'objective_target_mismatch',
  'warning',
  (p) =>
    `This objective asks for an answer within ${p.said}, but the score judges the opening post \`${p.post}\` (${p.severity}) against ${p.target}.`,
  (p) =>
    `Say ${p.target} in the objective, or make the score use your time: \`scoring: { speed_targets: { ${p.severity}: ${p.said.replace(/ /g, '')} } }\`.`,
);
export const duration_too_long = define(
  'duration_too_long',
  'error',
  (p) => `The drill lasts ${p.duration}, longer than a drill may (at most ${p.max}).`,
  'Check the number and its unit: `2h` is two hours, `90m` an hour and a half, `3d` three days.',
);
export const ending_has_transitions = define(
  'ending_has_transitions',
  'warning',
  (p) => `Phase \`${p.phase}\` is an ending, so its transitions are never used.`,
  'Remove the transitions, or remove `ending:` if the drill should go on from this phase.',
);
export const post_never_appears = define(
  'post_never_appears',
  'warning',
  (p) => `Post \`${p.post}\` is not listed in any phase, so it never appears.`,
  (p) =>
    `List it under a phase's \`posts:\`, as \`- { post: ${p.post}, at: 5m }\`, or mark it \`reserve: true\` so that a facilitator can release it.`,
);
export const post_listed_twice = define(
  'post_listed_twice',
  'warning',
  (p) => `Post \`${p.post}\` is already listed on line ${p.firstLine}; a post appears only once in a drill.`,
  'Remove one of the listings, or write a new post for the second appearance.',
);

// ── Kohu itself ───────────────────────────────────────────────────────────────

export const compile_failed = define(
  'compile_failed',
  'error',
  (p) => `Kohu could not build a drill from this scenario: ${p.detail}`,
  'This is a bug in Kohu, not in your file. Please report it with the scenario attached.',
);
