// From a path in the plain value (what zod and the rules speak) back to the
// YAML node (what has a line and column).
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node } from 'yaml';
import type { Offsets } from './source.ts';

export type Path = readonly (string | number)[];

export interface NodeLocation {
  /** The node at the path, or the nearest existing parent when the path does not exist. */
  node: Node | null;
  /** The key whose value `node` is, if it is a mapping value. */
  key: Node | null;
  /** Whether the whole path exists. */
  found: boolean;
  /** Where to point: the node if found, else its parent's key (a missing field is "in" the parent). */
  range: Offsets;
}

export function nodeAt(doc: Document, path: Path): NodeLocation {
  let node: Node | null = (doc.contents as Node | null) ?? null;
  let key: Node | null = null;
  for (const segment of path) {
    if (isAlias(node)) node = (node.resolve(doc) as Node | undefined) ?? null;
    let next: { node: Node | null; key: Node | null } | null = null;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (pair) next = { node: (pair.value as Node | null) ?? null, key: pair.key as Node };
    } else if (isSeq(node) && Number.isInteger(Number(segment))) {
      const item = node.items[Number(segment)];
      if (item !== undefined) next = { node: item as Node, key: null };
    }
    if (!next) return { node, key, found: false, range: rangeOf(key ?? node) };
    node = next.node;
    key = next.key;
  }
  // A value left empty (`name:`) has an empty range; its key is the visible spot.
  const valueRange = rangeOf(node);
  const empty = valueRange[1] <= valueRange[0];
  return { node, key, found: true, range: empty && key ? rangeOf(key) : valueRange };
}

/** The key of the pair at `path` (for unknown fields); falls back like nodeAt. */
export function keyAt(doc: Document, path: Path): Offsets {
  const at = nodeAt(doc, path);
  return at.found && at.key ? rangeOf(at.key) : at.range;
}

export function rangeOf(node: Node | null): Offsets {
  const range = node?.range;
  return range ? [range[0], range[1]] : [0, 0];
}
