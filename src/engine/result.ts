// The result document: what a finished (or abandoned) drill leaves behind,
// read by the scorecard, the debrief, exports and other tools. Versioned:
// an older format is upgraded (and says what could not be carried over), a
// newer or unknown one is refused with a clear message rather than half-read.
import type { Action } from './run/actions.ts';
import { DRILL_MODES, type Dimension, type DrillMode, type EndingName, type Language } from './model.ts';
import { RULES } from './scoring/rules/index.ts';
import type { Flag, Overrides, ScoreReport } from './scoring/types.ts';
import type { MetricPoint, PhaseVisit, PromiseRecord, RunRecord } from './run/record.ts';
import { MAX_LOG_ACTIONS, MAX_RESULT_BYTES } from './limits.ts';
import { checkResultFields } from './result-schema.ts';

/**
 * 2: graded reading of replies (rules renamed and merged, see RULE_RENAMES),
 * `raw` scores before the 0…100 clamp and the run's `consequences`.
 * 3: the log may hold the facilitator's `note` (a timestamped live note),
 * `phase` (a forced phase, with its reason) and `queue` (a phase's post held,
 * skipped or delayed before it came) actions. Nothing else changed, so
 * a format-2 file is read as it is; the number tells a format-2 reader that
 * it cannot replay such a log, instead of its calling the file damaged.
 */
export const RESULT_FORMAT = 3;

/** Format-1 rule ids whose flags carry on under a new id with the same flag suffix (post or promise id). */
const RULE_RENAMES: Record<string, string> = {
  'speed.first-public-reply': 'speed.first-reply',
  'honesty.apology-fits': 'honesty.reply-reading',
  'honesty.broken-promise': 'honesty.promises',
};

export interface KohuResult {
  kind: 'kohu-result';
  format: typeof RESULT_FORMAT;
  scenario: { id: string; version: number; language: Language; title: string };
  seed: number;
  /** Team or trainee name, if given. */
  team?: string;
  /** The people in the team, as entered when the drill started (or in the debrief). */
  participants?: string[];
  /** Played with the coach's cues or as an exam; absent in results made before the modes existed. */
  mode?: DrillMode;
  /** Wall-clock time the result was made (ISO), supplied by the shell. */
  createdAt?: string;
  /**
   * Every accepted action in order: the team's, and the facilitator's
   * (`by: "facilitator"`): injects, heat, the end, live notes (`note`, format 3)
   * forced phases (`phase` with `reason`) and the inject queue's hold / skip /
   * delay (`queue`), the last three from format 3.
   */
  log: Action[];
  endedAt: number;
  endReason: RunRecord['endReason'];
  /** When the trainee ended the drill before an ending; `endedAt` is then where the crisis ran on to without them. */
  quitAt?: number;
  ending: { phase: string; kind: EndingName } | null;
  scores: Record<Dimension, number> & { total: number };
  /** Each dimension before the 0…100 clamp, so that two runs both floored at 0 can still be told apart. */
  raw?: Record<Dimension, number>;
  flags: Flag[];
  overrides: Overrides;
  /**
   * Facilitator decisions from an older format on rules that no longer exist
   * (their mistakes are now read by other rules); kept so nothing is lost, shown
   * by the debrief, never applied.
   */
  retiredOverrides?: Overrides;
  /**
   * Decisions that arrived inside an imported file (who, why, when, as the
   * file says): shown as the file's claims and never applied until a
   * facilitator here accepts one, which makes it an override.
   */
  claims?: Overrides;
  /** The format this result was upgraded from; its scores are replayed by whoever shows it. */
  upgradedFrom?: number;
  /** Posts and phase visits that follow from an earlier mistake (not in the ideal replay). */
  consequences?: RunRecord['consequences'];
  phaseHistory: PhaseVisit[];
  promises: PromiseRecord[];
  appeared: RunRecord['appeared'];
  metrics: MetricPoint[];
}

/** What a result carries about who played, how and when, and people's claims: kept as is when the result is replayed. */
export interface ResultLabels {
  team?: string;
  participants?: string[];
  mode?: DrillMode;
  createdAt?: string;
  retiredOverrides?: Overrides;
  claims?: Overrides;
}

/** What a result carries besides the run and its score: its labels and the judgements made in this debrief. */
export type ResultExtra = ResultLabels & { overrides?: Overrides };

const isRecord = (v: unknown): v is Overrides => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A result's labels, only those of the right type (a file may carry anything). */
export function labelsOf(r: Partial<Record<keyof ResultLabels, unknown>>): ResultLabels {
  const names = Array.isArray(r.participants) ? r.participants.filter((p): p is string => typeof p === 'string') : undefined;
  return {
    ...(typeof r.team === 'string' && { team: r.team }),
    ...(names && { participants: names }),
    ...(DRILL_MODES.includes(r.mode as DrillMode) && { mode: r.mode as DrillMode }),
    ...(typeof r.createdAt === 'string' && { createdAt: r.createdAt }),
    ...(isRecord(r.retiredOverrides) && { retiredOverrides: r.retiredOverrides }),
    ...(isRecord(r.claims) && { claims: r.claims }),
  };
}

export function buildResult(record: RunRecord, report: ScoreReport, extra: ResultExtra = {}): KohuResult {
  const m = record.model;
  return {
    kind: 'kohu-result',
    format: RESULT_FORMAT,
    scenario: { id: m.id, version: m.version, language: m.language, title: m.title },
    seed: record.seed,
    ...(extra.team !== undefined && { team: extra.team }),
    ...(extra.participants !== undefined && { participants: extra.participants }),
    ...(extra.mode !== undefined && { mode: extra.mode }),
    ...(extra.createdAt !== undefined && { createdAt: extra.createdAt }),
    log: record.log,
    endedAt: record.endedAt,
    endReason: record.endReason,
    ...(record.quitAt !== undefined && { quitAt: record.quitAt }),
    ending: record.ending,
    scores: { ...report.scores, total: report.total },
    raw: report.raw,
    flags: report.flags,
    overrides: extra.overrides ?? {},
    ...(extra.retiredOverrides && Object.keys(extra.retiredOverrides).length > 0 && { retiredOverrides: extra.retiredOverrides }),
    ...(extra.claims && Object.keys(extra.claims).length > 0 && { claims: extra.claims }),
    phaseHistory: record.phaseHistory,
    promises: record.promises,
    appeared: record.appeared,
    metrics: record.metrics,
    ...(record.consequences && { consequences: record.consequences }),
  };
}

export type ResultCheck =
  { ok: true; result: KohuResult } | { ok: false; code: string; message: { fi: string; en: string }; field?: string };

/**
 * Reads a result file's JSON text; refuses anything that is not a result of
 * a format we know, or whose fields do not fit the schema (result-schema.ts),
 * naming the file and the field. Cheap checks first: the size before the
 * parse, the number of actions before each one is looked at.
 */
export function readResult(text: string, file = 'result.json'): ResultCheck {
  if (text.length > MAX_RESULT_BYTES)
    return fail(
      'result_too_large',
      `Tiedosto ”${file}” on liian suuri (${megabytes(text.length)} Mt; tulostiedosto saa olla enintään ${megabytes(MAX_RESULT_BYTES)} Mt). Oikea tulos on muutamia kymmeniä kilotavuja; tämä ei ole Kohun tulos tai se on vaurioitunut.`,
      `The file “${file}” is too large (${megabytes(text.length)} MB; a result file may be at most ${megabytes(MAX_RESULT_BYTES)} MB). A real result is a few tens of kilobytes; this is not a Kohu result or it is damaged.`,
    );
  let data: unknown;
  const body = text.replace(/^\uFEFF/, '');
  try {
    data = JSON.parse(body);
  } catch {
    const cut = truncatedAt(body);
    if (cut !== null)
      return fail(
        'result_truncated',
        `Tulostiedosto on katkennut: se loppuu kesken (${cut} merkin jälkeen). Se ei todennäköisesti latautunut tai kopioitunut kokonaan; vie tai kopioi se uudelleen.`,
        `The result file is truncated: it stops part-way (after ${cut} characters). It was probably not fully downloaded or copied; export or copy it again.`,
      );
    return fail('result_not_json', 'Tiedosto ei ole JSON-muotoinen.', 'The file is not JSON.');
  }
  const r = data as Partial<KohuResult> | null;
  if (!r || typeof r !== 'object' || r.kind !== 'kohu-result')
    return fail('result_not_result', 'Tiedosto ei ole Kohun tulostiedosto.', 'The file is not a Kohu result.');
  if (r.format !== RESULT_FORMAT && r.format !== 2 && r.format !== 1)
    return fail(
      'result_format',
      `Tulostiedoston versio ${String(r.format)} ei ole tuettu (tuettu: ${RESULT_FORMAT}).`,
      `Result format ${String(r.format)} is not supported (supported: ${RESULT_FORMAT}).`,
    );
  if (Array.isArray(r.log) && r.log.length > MAX_LOG_ACTIONS) return tooManyActions(file, r.log.length);
  const wrong = checkResultFields(r);
  if (wrong)
    return {
      ...fail(
        'result_field',
        `Tiedoston ”${file}” kenttä ${wrong.field} on virheellinen: sen pitää olla ${wrong.expected.fi}.`,
        `In the file “${file}”, the field ${wrong.field} is wrong: it must be ${wrong.expected.en}.`,
      ),
      field: wrong.field,
    };
  const result = { overrides: {}, ...r } as KohuResult;
  const from = r.format as number;
  return { ok: true, result: from === 1 ? upgradeFrom1(result) : from === 2 ? upgradeFrom2(result) : result };
}

/** The refusal of a log longer than the stated cap (a result's, a script's). */
export function tooManyActions(file: string, count: number): Extract<ResultCheck, { ok: false }> {
  return fail(
    'result_too_many_actions',
    `Tiedostossa ”${file}” on ${count.toLocaleString('fi')} toimintoa; yhdessä harjoituksessa voi olla enintään ${MAX_LOG_ACTIONS.toLocaleString('fi')}. Tiedosto ei ole oikean harjoituksen tulos.`,
    `The file “${file}” holds ${count.toLocaleString('en')} actions; one drill may hold at most ${MAX_LOG_ACTIONS.toLocaleString('en')}. The file is not the result of a real drill.`,
  );
}

const megabytes = (chars: number): string => (Math.ceil(chars / 100_000) / 10).toString();

/** Format 2 → 3: the same document (format 3 only allows more action types); scores stay current. */
function upgradeFrom2(r: KohuResult): KohuResult {
  return { ...r, format: RESULT_FORMAT };
}

/**
 * Format 1 → 2 (and so to 3, which adds nothing a format-1 file has). The log, seed and team carry over unchanged (they are the
 * run); overrides follow their rule's new id, and those on retired rules are
 * kept aside. Scores and flags are the old rules' until the result is
 * replayed, which `upgradedFrom` asks the reader to do.
 */
function upgradeFrom1(r: KohuResult): KohuResult {
  const overrides: Overrides = {};
  const retired: Overrides = { ...(r.retiredOverrides ?? {}) };
  for (const [id, decision] of Object.entries(r.overrides ?? {})) {
    const colon = id.indexOf(':');
    const rule = colon < 0 ? id : id.slice(0, colon);
    const renamed = RULE_RENAMES[rule];
    if (renamed) overrides[renamed + id.slice(rule.length)] = decision;
    else if (CURRENT_RULES.has(rule)) overrides[id] = decision;
    else retired[id] = decision;
  }
  return {
    ...r,
    format: RESULT_FORMAT,
    upgradedFrom: 1,
    overrides,
    ...(Object.keys(retired).length > 0 && { retiredOverrides: retired }),
  };
}

const CURRENT_RULES = new Set(RULES.map((rule) => rule.id));

/**
 * The length of a JSON text that breaks off inside an object, array or
 * string (a cut-short download or copy), or null when it is not JSON that
 * merely ends too soon. Counts brackets outside strings; the first bracket
 * that does not match means some other damage, not truncation.
 */
function truncatedAt(text: string): number | null {
  const body = text.trimEnd();
  if (!/^\s*[[{]/.test(body)) return null;
  const open: string[] = [];
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') open.push(c);
    else if (c === '}' || c === ']') {
      if (open.pop() !== (c === '}' ? '{' : '[')) return null;
      if (open.length === 0 && body.slice(i + 1).trim() !== '') return null;
    }
  }
  return open.length > 0 || inString ? body.length : null;
}

const fail = (code: string, fi: string, en: string): Extract<ResultCheck, { ok: false }> => ({ ok: false, code, message: { fi, en } });
