// Kohu's reading measured against the hand-labelled reply corpus
// (LABELS.md): per-label precision, recall and F1, the grade's agreement with
// the expert, and whether each named deadline falls due when the guide says.
// Shared by the corpus test (floors on the held-out split) and the bench
// (the figures). Reads the corpus; never writes it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Language } from '../../src/engine/play.ts';
import {
  analyseText,
  formatWallTime,
  parseWallTime,
  readReply,
  resolveDue,
  type Grade,
  type MarkerKind,
  type TextAnalysis,
} from '../../src/engine/authoring.ts';

export const LABELS = [
  'apology',
  'weak_apology',
  'non_apology',
  'excuse',
  'scapegoat',
  'arguing',
  'denial',
  'correction',
  'remedy',
  'premature_claim',
  'over_promise',
  'promise',
  'deadline_promise',
] as const;
export type Label = (typeof LABELS)[number];

export interface CorpusEntry {
  id: string;
  split: 'dev' | 'test';
  lang: Language;
  at: string;
  context: { atFault: boolean; customer?: string; post: string };
  text: string;
  labels: Label[];
  due?: string[];
  grade: Grade;
  why: string;
}

export function loadCorpus(lang: Language): CorpusEntry[] {
  const file = resolve(import.meta.dirname, `replies.${lang}.jsonl`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusEntry);
}

/** The labels Kohu's reading gives a reply, and its grade and deadlines. */
export interface Prediction {
  labels: Set<Label>;
  grade: Grade;
  due: string[];
}

const MARKER_LABEL: Partial<Record<MarkerKind, Label>> = {
  apology: 'apology',
  weak_apology: 'weak_apology',
  non_apology: 'non_apology',
  excuse: 'excuse',
  scapegoat: 'scapegoat',
  arguing: 'arguing',
  denial: 'denial',
  correction: 'correction',
  remedy: 'remedy',
  premature_claim: 'premature_claim',
  over_promise: 'over_promise',
};

export function predict(e: CorpusEntry): Prediction {
  const analysis: TextAnalysis = analyseText(e.text, { language: e.lang, ...(e.context.customer !== undefined && { customerName: e.context.customer }) });
  const labels = new Set<Label>();
  for (const m of analysis.markers) {
    const l = MARKER_LABEL[m.kind];
    if (l) labels.add(l);
  }
  if (analysis.promises.length > 0) labels.add('promise');
  const sent = parseWallTime(e.at);
  const due: string[] = [];
  for (const p of analysis.promises) {
    if (!p.due || sent === null) continue;
    labels.add('deadline_promise');
    due.push(formatWallTime(resolveDue(p.due, sent)));
  }
  // The corpus says nothing of whether a claimed fix was real, so the reading is not told either.
  const reading = readReply(analysis, { atFault: e.context.atFault, postText: e.context.post, fixed: 'unknown' }, e.text);
  return { labels, grade: reading.grade, due };
}

export interface LabelFigures {
  label: Label;
  support: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CorpusFigures {
  entries: number;
  labels: LabelFigures[];
  /** Mean F1 over the labels that occur in these entries. */
  macroF1: number;
  gradeAccuracy: number;
  /** Grades one step or more away from the expert's. */
  gradeConfusion: Record<Grade, Record<Grade, number>>;
  /** Of the deadlines the expert resolved, the share Kohu resolved to the same minute. */
  dueAccuracy: number;
  dueCount: number;
  misses: { id: string; expected: Grade; got: Grade; missing: Label[]; extra: Label[] }[];
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export function evaluate(entries: readonly CorpusEntry[]): CorpusFigures {
  const counts = new Map<Label, { tp: number; fp: number; fn: number; support: number }>(LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0, support: 0 }]));
  const confusion = { good: { good: 0, acceptable: 0, poor: 0 }, acceptable: { good: 0, acceptable: 0, poor: 0 }, poor: { good: 0, acceptable: 0, poor: 0 } };
  let gradeRight = 0;
  let dueRight = 0;
  let dueCount = 0;
  const misses: CorpusFigures['misses'] = [];
  for (const e of entries) {
    const p = predict(e);
    const want = new Set(e.labels);
    for (const l of LABELS) {
      const c = counts.get(l)!;
      if (want.has(l)) c.support++;
      if (want.has(l) && p.labels.has(l)) c.tp++;
      else if (p.labels.has(l)) c.fp++;
      else if (want.has(l)) c.fn++;
    }
    confusion[e.grade][p.grade]++;
    if (e.grade === p.grade) gradeRight++;
    for (const d of e.due ?? []) {
      dueCount++;
      if (p.due.includes(d)) dueRight++;
    }
    const missing = [...want].filter((l) => !p.labels.has(l));
    const extra = [...p.labels].filter((l) => !want.has(l));
    if (e.grade !== p.grade || missing.length || extra.length) misses.push({ id: e.id, expected: e.grade, got: p.grade, missing, extra });
  }
  const labels = LABELS.map((label) => {
    const c = counts.get(label)!;
    const precision = ratio(c.tp, c.tp + c.fp);
    const recall = ratio(c.tp, c.tp + c.fn);
    return { label, ...c, precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
  });
  const present = labels.filter((l) => l.support > 0);
  return {
    entries: entries.length,
    labels,
    macroF1: ratio(
      present.reduce((s, l) => s + l.f1, 0),
      present.length,
    ),
    gradeAccuracy: ratio(gradeRight, entries.length),
    gradeConfusion: confusion,
    dueAccuracy: ratio(dueRight, dueCount),
    dueCount,
    misses,
  };
}
