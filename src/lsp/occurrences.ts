// Every place an id of the scenario is written, with its exact characters:
// where it is defined (`- id: video` under posts:, a name under conditions:)
// and where it is used (`by:`, `on:`, `post:`, `to:`, `initial:`, condition
// names). Definition, references, rename and the outline all read this one
// index, so they agree on what counts as the same id.
import { isMap, isPair, isScalar, isSeq, parseDocument, Scalar, type Node, type Pair } from 'yaml';
import { conditionRefAt } from '../engine/authoring.ts';
import type { Segment } from './yaml-path.ts';

export type RefKind = 'personas' | 'channels' | 'posts' | 'phases' | 'conditions';

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

export interface Occurrence {
  kind: RefKind;
  id: string;
  /** Offsets of the id's own characters (inside quotes, if quoted). */
  from: number;
  to: number;
  definition: boolean;
  /** For definitions: the whole item (`- id: …` through its last field), for the outline. */
  item?: { from: number; to: number };
  /** For definitions: the item's `name:` (phases, personas, channels) or the first words of `text:` (posts). */
  label?: string;
}

const LISTS: Record<string, Exclude<RefKind, 'conditions'>> = {
  personas: 'personas',
  channels: 'channels',
  posts: 'posts',
  phases: 'phases',
};

/** Parses the text as it is (half-typed YAML included) and lists the ids in document order. */
export function occurrences(text: string): Occurrence[] {
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
  const out: Occurrence[] = [];
  const root = doc.contents as Node | null;
  if (!isMap(root)) return out;
  for (const pair of root.items as Pair<Node, Node | null>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value;
    if (LISTS[key] && isSeq(value)) definitionsIn(value, LISTS[key], out);
    if (key === 'conditions' && isMap(value))
      for (const c of value.items as Pair<Node, Node | null>[]) {
        const span = isScalar(c.key) ? spanOf(c.key) : null;
        if (span) out.push({ kind: 'conditions', id: span.id, ...span.at, definition: true, item: itemOf(c.key, c.value) });
      }
    walk(value, [key], out);
  }
  return out.sort((a, b) => a.from - b.from);
}

function definitionsIn(seq: Node, kind: Exclude<RefKind, 'conditions'>, out: Occurrence[]): void {
  if (!isSeq(seq)) return;
  for (const item of seq.items as Node[]) {
    if (!isMap(item)) continue;
    const idNode = item.get('id', true);
    const span = isScalar(idNode) ? spanOf(idNode) : null;
    if (!span) continue;
    const labelNode = item.get(kind === 'posts' ? 'text' : 'name', true);
    const label = isScalar(labelNode) ? clip(String(labelNode.value ?? '')) : '';
    out.push({
      kind,
      id: span.id,
      ...span.at,
      definition: true,
      item: item.range ? { from: item.range[0], to: item.range[1] } : undefined,
      label,
    });
  }
}

/** References: scalar values at reference paths (a `promise_kept: true` is not one). */
function walk(node: Node | null, path: Segment[], out: Occurrence[]): void {
  if (isMap(node)) {
    for (const pair of node.items as Pair<Node, Node | null>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (isPair(pair.value)) continue;
      visit(pair.value, [...path, key], out);
    }
  } else if (isSeq(node)) (node.items as Node[]).forEach((item, i) => visit(item, [...path, i], out));
}

function visit(node: Node | null, path: Segment[], out: Occurrence[]): void {
  if (isScalar(node)) {
    const kind = refKindAt(path);
    // conditions → name → (scalar): an alias of another named condition.
    const span = kind ? spanOf(node) : null;
    if (kind && span) out.push({ kind, id: span.id, ...span.at, definition: false });
    return;
  }
  walk(node, path, out);
}

/** A string scalar that could be an id, and the offsets of its characters without quotes. */
function spanOf(node: Scalar): { id: string; at: { from: number; to: number } } | null {
  if (typeof node.value !== 'string' || !node.range || !/^[A-Za-z][A-Za-z0-9_-]*$/.test(node.value)) return null;
  const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
  const from = node.range[0] + (quoted ? 1 : 0);
  return { id: node.value, at: { from, to: from + node.value.length } };
}

function itemOf(key: Node, value: Node | null): { from: number; to: number } | undefined {
  if (!key.range) return undefined;
  return { from: key.range[0], to: value?.range?.[1] ?? key.range[1] };
}

function clip(s: string, n = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

/** The occurrence whose characters contain `offset` (its end included, where a cursor after a word stands). */
export function occurrenceAt(list: readonly Occurrence[], offset: number): Occurrence | undefined {
  return list.find((o) => o.from <= offset && offset <= o.to);
}

export const sameId = (a: Occurrence) => (b: Occurrence) => a.kind === b.kind && a.id === b.id;
