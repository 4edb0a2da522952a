// A forgiving reading of the plain YAML value for the semantic rules: every
// id and reference that *has* the right shape, with its path, even when
// other parts of the file failed the schema. That is what lets the rules
// report everything at once instead of one layer of problems per run.
import type { Path } from '../1-parse/index.ts';

export interface Named {
  id: string;
  path: Path; // to the id's value
}
export type Ref = Named;

export interface PostView extends Named {
  by?: Ref;
  on?: Ref;
  reserve: boolean;
  replies: { id?: Named; by?: Ref }[];
}
export interface TransitionView {
  path: Path;
  to?: Ref;
  when?: unknown;
}
export interface PhaseView extends Named {
  index: number;
  ending?: string;
  transitions: TransitionView[];
  posts: Ref[];
}
export interface ConditionView {
  name: string;
  path: Path; // to the condition's value
  value: unknown;
}
export interface ScenarioView {
  channels: Named[];
  personas: Named[];
  posts: PostView[];
  conditions: ConditionView[];
  phases: PhaseView[];
  initial?: Ref;
}

type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The plain objects of a list, with their indices; anything else is skipped. */
function items(parent: unknown, key: string): [Obj, number][] {
  const list = isObj(parent) ? parent[key] : undefined;
  return Array.isArray(list) ? list.flatMap((v, i): [Obj, number][] => (isObj(v) ? [[v, i]] : [])) : [];
}

function ref(obj: Obj, key: string, path: Path): Ref | undefined {
  const v = obj[key];
  return typeof v === 'string' ? { id: v, path: [...path, key] } : undefined;
}

export function viewOf(raw: unknown): ScenarioView {
  const named = (key: string) => items(raw, key).flatMap(([o, i]) => ref(o, 'id', [key, i]) ?? []);
  const posts = items(raw, 'posts').flatMap(([o, i]): PostView[] => {
    const path = ['posts', i];
    const id = ref(o, 'id', path);
    if (!id) return [];
    const replies = items(o, 'replies').map(([r, j]) => ({
      id: ref(r, 'id', [...path, 'replies', j]),
      by: ref(r, 'by', [...path, 'replies', j]),
    }));
    return [{ ...id, by: ref(o, 'by', path), on: ref(o, 'on', path), reserve: o.reserve === true, replies }];
  });
  const phases = items(raw, 'phases').flatMap(([o, i]): PhaseView[] => {
    const path = ['phases', i];
    const id = ref(o, 'id', path);
    if (!id) return [];
    const transitions = items(o, 'transitions').map(([t, j]) => {
      const at = [...path, 'transitions', j];
      return { path: at, to: ref(t, 'to', at), when: t.when };
    });
    const listed = items(o, 'posts').flatMap(([p, j]) => ref(p, 'post', [...path, 'posts', j]) ?? []);
    const ending = typeof o.ending === 'string' ? o.ending : undefined;
    return [{ ...id, index: i, ending, transitions, posts: listed }];
  });
  const rawConditions = isObj(raw) && isObj(raw.conditions) ? raw.conditions : {};
  const conditions = Object.entries(rawConditions).map(([name, value]) => ({ name, path: ['conditions', name], value }));
  const initial = isObj(raw) && typeof raw.initial === 'string' ? { id: raw.initial, path: ['initial'] } : undefined;
  return { channels: named('channels'), personas: named('personas'), posts, conditions, phases, initial };
}
