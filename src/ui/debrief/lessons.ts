// Lessons learned: what the group concluded on each discussion prompt and
// at each key moment, the action items that follow (what, who, by when),
// and the participants' short feedback. Kept in the debrief (its saved
// state), printed in the report and exported as CSV. Pure.
import type { ScenarioModel } from '../../engine/play.ts';

export interface ActionItem {
  id: string;
  what: string;
  owner: string;
  /** A date (yyyy-mm-dd) or empty. */
  due: string;
}

export interface Feedback {
  id: string;
  /** Optional: feedback may be anonymous. */
  name: string;
  /** 1–5, or null when not answered. */
  useful: number | null;
  realistic: number | null;
  learned: string;
  change: string;
}

export interface Lessons {
  /** By promptKey or momentKey. */
  conclusions: Record<string, string>;
  actions: ActionItem[];
  feedback: Feedback[];
}

export const emptyLessons = (): Lessons => ({ conclusions: {}, actions: [], feedback: [] });

export const RATINGS = [1, 2, 3, 4, 5] as const;

/** A phase's prompt i, or the scenario's closing prompt i (phase null). */
export const promptKey = (phase: string | null, i: number): string => `${phase ?? 'closing'}#${i}`;

/** A moment of the timeline, by its simulated minute. */
export const momentKey = (atMs: number): string => `moment@${Math.floor(atMs / 60_000)}`;

export const momentMinute = (key: string): number | null => {
  const m = /^moment@(\d+)$/.exec(key);
  return m ? Number(m[1]) * 60_000 : null;
};

export interface PromptEntry {
  key: string;
  /** The phase's name, or null for the closing prompts. */
  phase: string | null;
  text: string;
}

/** Every discussion prompt of the scenario, in phase order, the closing ones last. */
export function allPrompts(model: ScenarioModel): PromptEntry[] {
  return [
    ...model.phases.flatMap((p) => p.debriefPrompts.map((text, i) => ({ key: promptKey(p.id, i), phase: p.name, text }))),
    ...model.debriefPrompts.map((text, i) => ({ key: promptKey(null, i), phase: null, text })),
  ];
}

/** The conclusions written at key moments (not on prompts), in time order. */
export function momentConclusions(lessons: Lessons): { key: string; at: number; text: string }[] {
  return Object.entries(lessons.conclusions)
    .flatMap(([key, text]) => {
      const at = momentMinute(key);
      return at !== null && text.trim() ? [{ key, at, text }] : [];
    })
    .sort((a, b) => a.at - b.at);
}

/** The mean of the answered ratings (one decimal), or null when nobody answered. */
export function meanRating(feedback: readonly Feedback[], field: 'useful' | 'realistic'): number | null {
  const given = feedback.map((f) => f[field]).filter((n): n is number => typeof n === 'number');
  return given.length ? Math.round((10 * given.reduce((s, n) => s + n, 0)) / given.length) / 10 : null;
}

/** A saved debrief's lessons, keeping only what has the right shape (older saves have none). */
export function readLessons(raw: unknown): Lessons {
  const l = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof Lessons, unknown>>;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const rating = (v: unknown) => (typeof v === 'number' && RATINGS.includes(v as 1) ? v : null);
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => !!x && typeof x === 'object') : []);
  const conclusions =
    l.conclusions && typeof l.conclusions === 'object'
      ? Object.fromEntries(Object.entries(l.conclusions).filter((e): e is [string, string] => typeof e[1] === 'string'))
      : {};
  return {
    conclusions,
    actions: list(l.actions).map((a) => ({ id: str(a.id), what: str(a.what), owner: str(a.owner), due: str(a.due) })),
    feedback: list(l.feedback).map((f) => ({
      id: str(f.id),
      name: str(f.name),
      useful: rating(f.useful),
      realistic: rating(f.realistic),
      learned: str(f.learned),
      change: str(f.change),
    })),
  };
}
