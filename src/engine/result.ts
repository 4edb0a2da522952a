// The result document: what a finished (or abandoned) drill leaves behind,
// read by the scorecard, the debrief, exports and other tools. Versioned;
// anything else is refused with a clear message rather than half-read.
import type { Action } from './run/actions.ts';
import type { Dimension, EndingName, Language } from './model.ts';
import type { Flag, MetricPoint, Overrides, PhaseVisit, PromiseRecord, RunRecord, ScoreReport } from './scoring/types.ts';

export const RESULT_FORMAT = 1;

export interface KohuResult {
  kind: 'kohu-result';
  format: typeof RESULT_FORMAT;
  scenario: { id: string; version: number; language: Language; title: string };
  seed: number;
  /** Team or trainee name, if given. */
  team?: string;
  /** Wall-clock time the result was made (ISO), supplied by the shell. */
  createdAt?: string;
  log: Action[];
  endedAt: number;
  endReason: RunRecord['endReason'];
  ending: { phase: string; kind: EndingName } | null;
  scores: Record<Dimension, number> & { total: number };
  flags: Flag[];
  overrides: Overrides;
  phaseHistory: PhaseVisit[];
  promises: PromiseRecord[];
  appeared: RunRecord['appeared'];
  metrics: MetricPoint[];
}

export function buildResult(record: RunRecord, report: ScoreReport, extra: { team?: string; createdAt?: string; overrides?: Overrides } = {}): KohuResult {
  const m = record.model;
  return {
    kind: 'kohu-result',
    format: RESULT_FORMAT,
    scenario: { id: m.id, version: m.version, language: m.language, title: m.title },
    seed: record.seed,
    ...(extra.team !== undefined && { team: extra.team }),
    ...(extra.createdAt !== undefined && { createdAt: extra.createdAt }),
    log: record.log,
    endedAt: record.endedAt,
    endReason: record.endReason,
    ending: record.ending,
    scores: { ...report.scores, total: report.total },
    flags: report.flags,
    overrides: extra.overrides ?? {},
    phaseHistory: record.phaseHistory,
    promises: record.promises,
    appeared: record.appeared,
    metrics: record.metrics,
  };
}

export type ResultCheck = { ok: true; result: KohuResult } | { ok: false; code: string; message: { fi: string; en: string } };

/** Reads a result file's JSON text; refuses anything that is not a result of a format we know. */
export function readResult(text: string): ResultCheck {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('result_not_json', 'Tiedosto ei ole JSON-muotoinen.', 'The file is not JSON.');
  }
  const r = data as Partial<KohuResult> | null;
  if (!r || typeof r !== 'object' || r.kind !== 'kohu-result')
    return fail('result_not_result', 'Tiedosto ei ole Kohun tulostiedosto.', 'The file is not a Kohu result.');
  if (r.format !== RESULT_FORMAT)
    return fail(
      'result_format',
      `Tulostiedoston versio ${String(r.format)} ei ole tuettu (tuettu: ${RESULT_FORMAT}).`,
      `Result format ${String(r.format)} is not supported (supported: ${RESULT_FORMAT}).`,
    );
  const okScenario = r.scenario && typeof r.scenario.id === 'string' && typeof r.scenario.version === 'number';
  const okParts = Array.isArray(r.log) && Array.isArray(r.flags) && r.scores && typeof r.scores.total === 'number' && typeof r.seed === 'number';
  if (!okScenario || !okParts) return fail('result_damaged', 'Tulostiedosto on vaurioitunut: osia puuttuu.', 'The result file is damaged: parts are missing.');
  return { ok: true, result: { overrides: {}, ...r } as KohuResult };
}

const fail = (code: string, fi: string, en: string): ResultCheck => ({ ok: false, code, message: { fi, en } });
