// The result file's schema, checked field by field before anything reads
// it: a file from elsewhere may be damaged, hand-edited or forged, and a
// wrong type deep inside (a number for a reply's text, an unknown severity)
// must become one clear refusal naming the field, never an exception in the
// screen that shows it. Written out by hand, because the run-time carries
// no schema library (see play.ts).
import { DIMENSIONS, DRILL_MODES, ENDINGS, SEVERITIES } from './model.ts';

/** What a field should have been, in both languages. */
export interface Expected {
  en: string;
  fi: string;
}

/** The first field that does not fit, by its path (`log[3].text`). */
export interface FieldProblem {
  field: string;
  expected: Expected;
}

type Check = (value: unknown, path: string) => FieldProblem | null;

const problem = (field: string, en: string, fi: string): FieldProblem => ({ field, expected: { en, fi } });

const text: Check = (v, p) => (typeof v === 'string' ? null : problem(p, 'text', 'tekstiä'));
const number: Check = (v, p) => (typeof v === 'number' && Number.isFinite(v) ? null : problem(p, 'a number', 'luku'));
const time: Check = (v, p) =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0
    ? null
    : problem(p, 'a time in milliseconds (0 or more)', 'aika millisekunteina (0 tai yli)');
const oneOf =
  (...values: readonly unknown[]): Check =>
  (v, p) => {
    if (values.includes(v)) return null;
    const list = values.map((x) => JSON.stringify(x)).join(', ');
    return problem(p, `one of ${list}`, `jokin näistä: ${list}`);
  };
const optional =
  (check: Check): Check =>
  (v, p) =>
    v === undefined ? null : check(v, p);
const nullable =
  (check: Check): Check =>
  (v, p) =>
    v === null ? null : check(v, p);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An object whose listed fields each pass their check (other fields are left alone). */
const object =
  (fields: Record<string, Check>): Check =>
  (v, p) => {
    if (!isObject(v)) return problem(p, 'an object', 'olio');
    for (const [key, check] of Object.entries(fields)) {
      const found = check(v[key], p ? `${p}.${key}` : key);
      if (found) return found;
    }
    return null;
  };
const list =
  (item: Check): Check =>
  (v, p) => {
    if (!Array.isArray(v)) return problem(p, 'a list', 'lista');
    for (let i = 0; i < v.length; i++) {
      const found = item(v[i], `${p}[${i}]`);
      if (found) return found;
    }
    return null;
  };
const record =
  (item: Check): Check =>
  (v, p) => {
    if (!isObject(v)) return problem(p, 'an object', 'olio');
    for (const [key, value] of Object.entries(v)) {
      const found = item(value, `${p}.${key}`);
      if (found) return found;
    }
    return null;
  };
const anyObject: Check = (v, p) => (isObject(v) ? null : problem(p, 'an object', 'olio'));

const base = { at: time, by: optional(oneOf('trainee', 'facilitator')) };
const visibility = oneOf('public', 'private');

/** Each action type's fields (run/actions.ts). */
const ACTIONS: Record<string, Check> = {
  reply: object({ ...base, post: text, text, visibility }),
  follow_up: object({ ...base, post: text, text, visibility }),
  hide: object({ ...base, post: text }),
  delete: object({ ...base, post: text }),
  mark_read: object({ ...base, post: text }),
  escalate: object({ ...base, level: oneOf(0, 1, 2, 3), note: optional(text) }),
  statement: object({ ...base, text, channel: optional(text), signedBy: optional(text) }),
  end: object(base),
  inject: object({
    ...base,
    post: optional(text),
    adhoc: optional(object({ id: text, persona: text, channel: text, text, severity: optional(oneOf(...SEVERITIES)) })),
  }),
  heat: object({ ...base, factor: number }),
  note: object({ ...base, text }),
  phase: object({ ...base, phase: text, reason: text }),
  queue: object({ ...base, post: text, op: oneOf('hold', 'skip', 'delay'), byMs: optional(number) }),
};

const action: Check = (v, p) => {
  if (!isObject(v)) return problem(p, 'an action (an object)', 'toiminto (olio)');
  const check = ACTIONS[v.type as string];
  return check ? check(v, p) : oneOf(...Object.keys(ACTIONS))(v.type, `${p}.type`);
};

const decision = object({
  decision: oneOf('accept', 'reject', 'adjust'),
  points: optional(number),
  reason: text,
  by: optional(text),
  at: optional(text),
});

/**
 * Everything a result is read for. The derived parts (flags, phases,
 * metrics…) are replayed from the log by whoever shows the result, so only
 * their outline is checked here.
 */
const RESULT = object({
  scenario: object({ id: text, version: number, language: oneOf('fi', 'en'), title: text }),
  seed: number,
  team: optional(text),
  participants: optional(list(text)),
  mode: optional(oneOf(...DRILL_MODES)),
  createdAt: optional(text),
  log: list(action),
  endedAt: time,
  endReason: optional(oneOf('ending', 'time_limit', 'trainee', 'open')),
  quitAt: optional(time),
  ending: optional(nullable(object({ phase: text, kind: oneOf(...ENDINGS) }))),
  scores: object({ total: number, ...Object.fromEntries(DIMENSIONS.map((d) => [d, optional(number)])) }),
  raw: optional(record(number)),
  flags: list(anyObject),
  overrides: optional(record(decision)),
  retiredOverrides: optional(record(decision)),
  claims: optional(record(decision)),
  consequences: optional(anyObject),
  phaseHistory: optional(list(anyObject)),
  promises: optional(list(anyObject)),
  appeared: optional(list(anyObject)),
  metrics: optional(list(anyObject)),
});

/** The first field of a parsed result file that does not fit its schema, or null when all do. */
export function checkResultFields(value: unknown): FieldProblem | null {
  return RESULT(value, '');
}
