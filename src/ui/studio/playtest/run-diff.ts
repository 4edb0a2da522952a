// Play-as-you-write: after an edit, the playtest's recorded actions are
// replayed on the new version of the scenario, and this says where the run
// now differs from the one before the edit — phases, posts, scores, ending,
// and actions the new version refuses. Pure data; the panel words it.
import { DIMENSIONS, type Action, type Dimension, type EndingName, type ScoreReport } from '../../../engine/play.ts';
import type { Session } from '../../../engine/play.ts';

export type ScoreKey = Dimension | 'total';

export interface RunSummary {
  phases: { phase: string; at: number }[];
  appeared: Record<string, number>;
  scores: Record<ScoreKey, number>;
  ending: { phase: string; kind: EndingName } | null;
  /** Log indexes the session refused, with its reason. */
  refused: Record<number, string>;
}

export type DiffItem =
  | { kind: 'phase'; index: number; before?: { phase: string; at: number }; after?: { phase: string; at: number } }
  | { kind: 'ending'; before: RunSummary['ending']; after: RunSummary['ending'] }
  | { kind: 'post'; post: string; before?: number; after?: number }
  | { kind: 'score'; key: ScoreKey; before: number; after: number }
  | { kind: 'refused'; index: number; action: Action; message: string }
  | { kind: 'accepted'; index: number; action: Action };

export function summarise(session: Session, log: readonly Action[], report: ScoreReport): RunSummary {
  const phase = session.ended ? session.model.phases.find((p) => p.id === session.ended!.phase) : undefined;
  const refused: Record<number, string> = {};
  for (const r of session.rejected) {
    const i = log.indexOf(r.action);
    if (i >= 0) refused[i] = r.message;
  }
  return {
    phases: session.phaseHistory.map((v) => ({ phase: v.phase, at: v.at })),
    appeared: Object.fromEntries(session.appeared.map((a) => [a.post, a.at])),
    scores: { ...report.scores, total: report.total },
    ending: phase?.ending ? { phase: phase.id, kind: phase.ending } : null,
    refused,
  };
}

export function diffRuns(before: RunSummary, after: RunSummary, log: readonly Action[]): DiffItem[] {
  const out: DiffItem[] = [];
  const n = Math.max(before.phases.length, after.phases.length);
  for (let i = 0; i < n; i++) {
    const b = before.phases[i];
    const a = after.phases[i];
    if (!b || !a || b.phase !== a.phase || b.at !== a.at)
      out.push({ kind: 'phase', index: i, ...(b && { before: b }), ...(a && { after: a }) });
  }
  if (before.ending?.phase !== after.ending?.phase) out.push({ kind: 'ending', before: before.ending, after: after.ending });
  for (const post of new Set([...Object.keys(before.appeared), ...Object.keys(after.appeared)])) {
    const b = before.appeared[post];
    const a = after.appeared[post];
    if (b !== a) out.push({ kind: 'post', post, ...(b !== undefined && { before: b }), ...(a !== undefined && { after: a }) });
  }
  for (const key of [...DIMENSIONS, 'total'] as const)
    if (before.scores[key] !== after.scores[key]) out.push({ kind: 'score', key, before: before.scores[key], after: after.scores[key] });
  for (const [i, message] of Object.entries(after.refused))
    if (!(i in before.refused) && log[Number(i)]) out.push({ kind: 'refused', index: Number(i), action: log[Number(i)], message });
  for (const i of Object.keys(before.refused))
    if (!(i in after.refused) && log[Number(i)]) out.push({ kind: 'accepted', index: Number(i), action: log[Number(i)] });
  return out;
}
