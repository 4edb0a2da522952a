// The debrief's CSV exports: one row per team and dimension (the scores),
// and one row per flag (the evidence and the facilitator's decision).
//
// Format, chosen for Finnish spreadsheets: UTF-8 with a byte-order mark
// (Excel then reads ä, ö and å right), `;` between fields and a decimal
// comma in numbers (Finnish Excel's list separator and decimal mark, so
// the columns split and the numbers stay numbers on a double-click), CRLF
// line ends, fields quoted only when they need it (papaparse's unparse).
// LibreOffice and Google Sheets detect all of this on import.
import Papa from 'papaparse';
import { DIMENSIONS, type Dimension, type DrillMode, type ScenarioModel } from '../../engine/play.ts';
import { formatClock } from '../shared/format.ts';
import { automaticScores } from './rescore.ts';
import type { DebriefTeam } from './types.ts';
import { allPrompts, momentConclusions, type Lessons } from './lessons.ts';

export const CSV_DELIMITER = ';';
const BOM = '\uFEFF';

export interface CsvHeaders {
  scores: Record<
    'team' | 'scenario' | 'dimension' | 'score' | 'automatic' | 'weight' | 'ending' | 'endedAt' | 'participants' | 'mode',
    string
  >;
  flags: Record<
    | 'team'
    | 'flag'
    | 'rule'
    | 'dimension'
    | 'time'
    | 'post'
    | 'points'
    | 'max'
    | 'automatic'
    | 'decision'
    | 'reason'
    | 'by'
    | 'decidedAt'
    | 'explanation',
    string
  >;
  dimensionNames: Record<Dimension | 'total', string>;
  decisions: Record<'accept' | 'reject' | 'adjust', string>;
  modes: Record<DrillMode, string>;
}

/** A number with a decimal comma (integers stay as they are). */
export function num(n: number | undefined): string {
  if (n === undefined || !Number.isFinite(n)) return '';
  return String(Math.round(n * 100) / 100).replace('.', ',');
}

/** A team as exported: its label (its name, or Team A when anonymised) and its people (empty when anonymised). */
export interface CsvTeam {
  label: string;
  people: string;
  team: DebriefTeam;
}

export function scoreRows(model: ScenarioModel, teams: readonly CsvTeam[], h: CsvHeaders): string[][] {
  const weights = model.scoring.weights;
  const rows: string[][] = [Object.values(h.scores)];
  for (const { label, people, team } of teams) {
    const r = team.result;
    const auto = automaticScores(model, r);
    const ending = r.ending ? `${r.ending.kind} (${r.ending.phase})` : '';
    for (const d of [...DIMENSIONS, 'total'] as const) {
      rows.push([
        label,
        r.scenario.title,
        h.dimensionNames[d],
        num(r.scores[d]),
        num(auto[d]),
        d === 'total' ? '' : num(weights[d]),
        ending,
        formatClock(r.endedAt),
        // Last, so the columns spreadsheets already refer to keep their places.
        people,
        r.mode ? h.modes[r.mode] : '',
      ]);
    }
  }
  return rows;
}

export function flagRows(model: ScenarioModel, teams: readonly Omit<CsvTeam, 'people'>[], lang: 'fi' | 'en', h: CsvHeaders): string[][] {
  const rows: string[][] = [Object.values(h.flags)];
  const author = (post?: string) => {
    const p = post ? model.posts.find((x) => x.id === post) : undefined;
    return p ? `${model.personas.find((x) => x.id === p.by)?.name ?? p.by} (${p.id})` : (post ?? '');
  };
  for (const { label, team } of teams) {
    const r = team.result;
    for (const f of r.flags) {
      const o = r.overrides?.[f.id];
      rows.push([
        label,
        f.id,
        f.rule,
        h.dimensionNames[f.dimension],
        formatClock(f.at),
        author(f.post),
        num(f.points),
        num(f.max),
        num(f.originalPoints ?? f.points),
        o ? h.decisions[o.decision] : '',
        o?.reason ?? '',
        o?.by ?? '',
        localTime(o?.at),
        f.explain[lang],
      ]);
    }
  }
  return rows;
}

/**
 * A wall-clock time (ISO, stored in UTC) as the room's local time,
 * "2026-03-14 09:05": what a spreadsheet reads as a date and time, in the
 * time zone the facilitator is in (the browser's own).
 */
export function localTime(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** Rows → CSV text with the BOM, ready for a Blob. */
export function toCsv(rows: string[][]): string {
  return BOM + Papa.unparse(rows, { delimiter: CSV_DELIMITER, newline: '\r\n', quotes: false });
}

export type LessonWord =
  | 'kind'
  | 'topic'
  | 'text'
  | 'owner'
  | 'due'
  | 'useful'
  | 'realistic'
  | 'name'
  | 'conclusion'
  | 'action'
  | 'feedback'
  | 'closing'
  | 'moment';

/**
 * Lessons learned as rows: each conclusion (on a prompt, or at a moment),
 * each action item, each participant's feedback. `words` names the columns
 * and kinds in the UI language ({time} in 'moment' is the moment's time).
 */
export function lessonRows(
  model: ScenarioModel,
  lessons: Lessons,
  words: (w: LessonWord, params?: Record<string, string>) => string,
): string[][] {
  const head: LessonWord[] = ['kind', 'topic', 'text', 'owner', 'due', 'useful', 'realistic', 'name'];
  const rows: string[][] = [head.map((w) => words(w))];
  const row = (kind: LessonWord, cells: Partial<Record<Exclude<LessonWord, 'kind'>, string>>) =>
    rows.push([words(kind), ...head.slice(1).map((c) => cells[c as keyof typeof cells] ?? '')]);
  for (const p of allPrompts(model)) {
    const text = lessons.conclusions[p.key];
    if (text?.trim()) row('conclusion', { topic: `${p.text} (${p.phase ?? words('closing')})`, text });
  }
  for (const m of momentConclusions(lessons)) row('conclusion', { topic: words('moment', { time: formatClock(m.at) }), text: m.text });
  for (const a of lessons.actions) if (a.what.trim() || a.owner.trim()) row('action', { text: a.what, owner: a.owner, due: a.due });
  for (const f of lessons.feedback)
    row('feedback', {
      text: [f.learned, f.change].filter((s) => s.trim()).join(' / '),
      useful: f.useful === null ? '' : String(f.useful),
      realistic: f.realistic === null ? '' : String(f.realistic),
      name: f.name,
    });
  return rows;
}
