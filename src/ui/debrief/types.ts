// The group debrief's data: the results of one scenario side by side, each
// with the facilitator's overrides kept inside the result itself
// (result.overrides), so an exported file carries the judgement with it.
import type { KohuResult, Language, ScenarioModel } from '../../engine/play.ts';
import { emptyLessons, type Lessons } from './lessons.ts';

export interface DebriefScenario {
  id: string;
  version: number;
  language: Language;
  title: string;
}

export interface DebriefTeam {
  /** Unique within the debrief (not the team's name: two files may carry the same one). */
  key: string;
  /** Where it came from: a file name, or "history" for this browser's history. */
  source: string;
  /** The name shown when the debrief is not anonymised. */
  name: string;
  /** Who was in the team (from the result, or corrected here). */
  participants?: string[];
  /** The result, rescored with its overrides. */
  result: KohuResult;
}

export interface DebriefState {
  v: 1;
  scenario: DebriefScenario | null;
  /** The compiled scenario when it is not a shipped one (it came with a history entry). */
  model?: ScenarioModel;
  teams: DebriefTeam[];
  anonymous: boolean;
  /** The facilitator's name, recorded as `by` on overrides. */
  facilitator: string;
  /** What the group concluded, the action items and the participants' feedback. */
  lessons: Lessons;
}

export const emptyDebrief = (): DebriefState => ({
  v: 1,
  scenario: null,
  teams: [],
  anonymous: false,
  facilitator: '',
  lessons: emptyLessons(),
});

/** Team colours for charts and labels, with dash patterns so teams stay apart in greyscale print too. */
export const TEAM_STYLES = [
  { color: '#0b57d0', dash: [] as number[] },
  { color: '#b3261e', dash: [10, 5] },
  { color: '#137333', dash: [3, 4] },
  { color: '#7b1fa2', dash: [14, 4, 3, 4] },
  { color: '#b05a00', dash: [6, 3, 6, 8] },
  { color: '#006d75', dash: [2, 2] },
];

export const styleOf = (i: number) => TEAM_STYLES[i % TEAM_STYLES.length];

/** "A", "B", … "Z", "AA": the anonymous team letters. */
export function letter(i: number): string {
  let s = '';
  let n = i;
  do {
    s = String.fromCharCode(65 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

/** The wall-clock time of a decision (ISO), as kept in `overrides[id].at`. */
export const nowIso = (): string => new Date().toISOString();
