// The ids a scenario defines, read from the text being edited (which may be
// half-typed): for completing and explaining reference fields such as
// `by:`, `on:`, `post:`, `to:` and condition names.
import { parseDocument } from 'yaml';
import { conditionRefAt } from '../../../engine/authoring.ts';
import type { Segment } from './yaml-path.ts';

export type RefKind = 'personas' | 'channels' | 'posts' | 'phases' | 'conditions';

export interface IdInfo {
  id: string;
  /** A short human description: the persona's or phase's name, the post's first words. */
  label: string;
  /** 1-based line of the definition, when known. */
  line?: number;
}

export type IdIndex = Record<RefKind, IdInfo[]>;

const EMPTY = (): IdIndex => ({ personas: [], channels: [], posts: [], phases: [], conditions: [] });

export function collectIds(text: string): IdIndex {
  const out = EMPTY();
  let value: unknown;
  try {
    value = parseDocument(text, { uniqueKeys: false, prettyErrors: false }).toJS({ maxAliasCount: 100 });
  } catch {
    return out;
  }
  if (!value || typeof value !== 'object') return out;
  const root = value as Record<string, unknown>;
  const lineOf = (needle: RegExp) => {
    const m = needle.exec(text);
    return m ? text.slice(0, m.index).split('\n').length : undefined;
  };
  const list = (kind: Exclude<RefKind, 'conditions'>, label: (o: Record<string, unknown>) => unknown) => {
    const items = Array.isArray(root[kind]) ? (root[kind] as unknown[]) : [];
    for (const item of items) {
      if (!item || typeof item !== 'object') continue;
      const o = item as Record<string, unknown>;
      if (typeof o.id !== 'string' || !o.id) continue;
      out[kind].push({ id: o.id, label: clip(String(label(o) ?? '')), line: lineOf(new RegExp(`\\bid:\\s*${escape(o.id)}\\s*(?:$|[,}#])`, 'm')) });
    }
  };
  list('personas', (o) => o.name);
  list('channels', (o) => o.name);
  list('posts', (o) => o.text);
  list('phases', (o) => o.name);
  if (root.conditions && typeof root.conditions === 'object')
    for (const name of Object.keys(root.conditions)) out.conditions.push({ id: name, label: '', line: lineOf(new RegExp(`^\\s+${escape(name)}:`, 'm')) });
  return out;
}

const CONDITION_LISTS = new Set(['all', 'any']);

/** What kind of id the value at `path` names, if it is a reference field. */
export function refKindAt(path: readonly Segment[]): RefKind | null {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (last === 'by') return 'personas';
  if (last === 'on') return 'channels';
  // A phase's `posts: [{ post: … }]`, or wherever a condition kind names a post (engine/conditions/).
  if (last === 'post' || conditionRefAt(path)) return 'posts';
  if (last === 'to' || (last === 'initial' && path.length === 1)) return 'phases';
  if (last === 'when' || last === 'not') return 'conditions';
  if (typeof last === 'number' && typeof parent === 'string' && CONDITION_LISTS.has(parent)) return 'conditions';
  if (path.length === 2 && path[0] === 'conditions') return 'conditions';
  return null;
}

function clip(s: string, n = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
