// Where in the scenario is the cursor? For completion and hover we need the
// YAML path (phases → 2 → transitions → 0 → when) and whether a key or a
// value is being typed. Half-typed YAML is the normal case here, so instead
// of a parser of our own we put a marker word at the cursor (and, where a
// key is being typed, make it a key with `: x`), let the yaml library parse
// that, and look for the marker in the tree.
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';

export type Segment = string | number;

export interface CursorContext {
  /** Path of the mapping (key) or of the value being typed. */
  path: Segment[];
  kind: 'key' | 'value';
  /** The word typed so far, and where it starts. */
  prefix: string;
  from: number;
  /** Keys already present in the mapping, for key completion. */
  siblings: string[];
  /** True when the value is an item of a list (`- |`). */
  listItem: boolean;
}

const MARK = 'KOHUCURSOR';
const WORD = /[A-Za-z0-9_-]*$/;

export function cursorContext(text: string, pos: number): CursorContext | null {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const before = text.slice(lineStart, pos);
  if (/^\s*#/.test(before) || inQuotesOrComment(before)) return null;
  const prefix = WORD.exec(before)![0];
  const from = pos - prefix.length;
  const head = before.slice(0, before.length - prefix.length);
  const segment = head.slice(Math.max(head.lastIndexOf('{'), head.lastIndexOf(','), -1) + 1);
  // Typing a value after `key:`, or a key (the start of the line, after `- `, `{` or `,`).
  const afterColon = /:\s*$/.test(segment) || /:\s+\S/.test(segment.replace(/^\s*(-\s+)*/, ''));
  const inBlockText = /[|>][-+]?\s*$/.test(segment);
  if (inBlockText) return null;
  const kind: CursorContext['kind'] = afterColon ? 'value' : 'key';
  const insert = kind === 'key' && !/\[\s*$/.test(head) ? `${MARK}: x` : MARK;
  const lineEnd = text.indexOf('\n', pos);
  const rest = text.slice(pos, lineEnd === -1 ? text.length : lineEnd);
  // Drop the rest of the word under the cursor so the marker ends the scalar it is in.
  const restWord = /^[A-Za-z0-9_-]*/.exec(rest)![0];
  const patched = text.slice(0, pos) + insert + text.slice(pos + restWord.length);
  const doc = parseDocument(patched, { keepSourceTokens: false, uniqueKeys: false, prettyErrors: false });
  const found = locate(doc.contents as Node | null, pos, []);
  if (!found) return null;
  // `- |` starts a list item: it may be a scalar (a condition's name) as well as a mapping.
  const listItem = /(^|\s)-\s+$/.test(head) || found.listItem;
  return { ...found, prefix, from, listItem };
}

interface Found {
  path: Segment[];
  kind: 'key' | 'value';
  siblings: string[];
  listItem: boolean;
}

const contains = (node: Node | null | undefined, pos: number) => !!node?.range && node.range[0] <= pos && pos <= node.range[1];
const isMark = (node: unknown) => isScalar(node) && typeof node.value === 'string' && node.value.includes(MARK);

function locate(node: Node | null, pos: number, path: Segment[]): Found | null {
  if (isMap(node)) {
    const siblings = node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')).filter((k) => k && !k.includes(MARK));
    for (const pair of node.items as Pair<Node, Node | null>[]) {
      if (isMark(pair.key)) return { path, kind: 'key', siblings, listItem: false };
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (isMark(pair.value)) return { path: [...path, key], kind: 'value', siblings, listItem: false };
      if (contains(pair.value, pos) || isPair(pair.value)) {
        const inner = locate(pair.value, pos, [...path, key]);
        if (inner) return inner;
      }
    }
    return null;
  }
  if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const item = node.items[i] as Node;
      if (isMark(item)) return { path: [...path, i], kind: 'value', siblings: [], listItem: true };
      if (contains(item, pos)) {
        const inner = locate(item, pos, [...path, i]);
        if (inner) return inner;
      }
    }
  }
  return null;
}

/** A quoted scalar opened and not closed, or a comment started, before the cursor on this line. */
function inQuotesOrComment(before: string): boolean {
  let quote = '';
  for (let i = 0; i < before.length; i++) {
    const c = before[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if ((c === '"' || c === "'") && /(^|[:\-[{,]\s*)$/.test(before.slice(0, i).trimEnd() + (i ? ' ' : ''))) quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(before[i - 1]))) return true;
  }
  return quote !== '';
}

export interface PointedNode {
  /** Path of the value (for a key: of the value it names). */
  path: Segment[];
  /** True when the position is on the key itself. */
  onKey: boolean;
  /** The scalar under the position, and its range. */
  text: string;
  from: number;
  to: number;
}

/** What scalar (key or value) is at `pos`, for hover help. Parses the text as it is. */
export function pointAt(text: string, pos: number): PointedNode | null {
  const doc = parseDocument(text, { keepSourceTokens: false, uniqueKeys: false, prettyErrors: false });
  return point(doc.contents as Node | null, pos, []);
}

function point(node: Node | null, pos: number, path: Segment[]): PointedNode | null {
  const scalarHit = (n: unknown, onKey: boolean, p: Segment[]): PointedNode | null =>
    isScalar(n) && n.range && n.range[0] <= pos && pos <= n.range[1]
      ? { path: p, onKey, text: String(n.value), from: n.range[0], to: n.range[1] }
      : null;
  if (isMap(node)) {
    for (const pair of node.items as Pair<Node, Node | null>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const hit = scalarHit(pair.key, true, [...path, key]) ?? scalarHit(pair.value, false, [...path, key]);
      if (hit) return hit;
      if (contains(pair.value, pos)) return point(pair.value, pos, [...path, key]);
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const item = node.items[i] as Node;
      const hit = scalarHit(item, false, [...path, i]);
      if (hit) return hit;
      if (contains(item, pos)) return point(item, pos, [...path, i]);
    }
  }
  return null;
}
