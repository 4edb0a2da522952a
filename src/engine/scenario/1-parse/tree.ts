// Structural limits, checked with explicit stacks (never recursion, which is
// what would overflow). Two passes at two moments:
// - on yaml's concrete syntax tree, before composing: yaml's composer and
//   toJS recurse, and a stack overflow inside V8 can even abort the process
//   instead of throwing, so a deep document must never reach them;
// - on the composed nodes, following aliases as toJS will: an alias inside
//   its own anchor would make an endless value, and aliases of aliases can
//   expand to millions of nodes or to depths the text does not show.
import { isAlias, isCollection, isPair, isScalar } from 'yaml';
import type { CST, Document, Node, Pair } from 'yaml';
import * as d from '../diagnostics.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { MAX_DEPTH } from './gates.ts';
import type { Offsets, Source } from './source.ts';

/** Nodes that aliases may copy in all; a billion-laughs file needs millions. */
const MAX_ALIAS_COPIES = 100_000;

export function checkTokenDepth(src: Source, tokens: readonly CST.Token[]): Diagnostic | null {
  const stack: [CST.Token, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) return d.yaml_too_deep(src, [token.offset, token.offset + 1], { limit: MAX_DEPTH });
    if (token.type === 'document' && token.value) stack.push([token.value, depth]);
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (const item of token.items) {
        if (item.key) stack.push([item.key, depth + 1]);
        if (item.value) stack.push([item.value, depth + 1]);
      }
    }
  }
  return null;
}

/** Depth, alias cycles and alias expansion on the composed YAML tree. */
export function checkNodeTree(src: Source, doc: Document.Parsed): Diagnostic | null {
  if (!doc.contents) return null;
  // [node, depth, reached through an alias]: only copies count against the alias budget.
  const stack: [Node, number, boolean][] = [[doc.contents, 0, false]];
  let copies = 0;
  let lastAlias: Node = doc.contents;
  while (stack.length > 0) {
    const [node, depth, copied] = stack.pop()!;
    if (copied && ++copies > MAX_ALIAS_COPIES) return d.yaml_alias_limit(src, lastAlias);
    if (isAlias(node)) {
      lastAlias = node;
      const target = node.resolve(doc);
      if (!target) {
        const name = node.source;
        const detail = {
          en: `the alias \`*${name}\` has no anchor \`&${name}\` before it.`,
          fi: `viittauksella \`*${name}\` ei ole ankkuria \`&${name}\` ennen sitä.`,
        };
        const hint = {
          en: 'An alias `*name` copies the value marked `&name` earlier in the file. Define the anchor first, or write the value out.',
          fi: 'Viittaus `*nimi` kopioi arvon, joka on merkitty aiemmin tiedostossa merkinnällä `&nimi`. Määrittele ankkuri ensin tai kirjoita arvo auki.',
        };
        return d.yaml_syntax(src, node, { detail, hint });
      }
      if (contains(target, node)) return d.yaml_alias_cycle(src, node, { name: node.source });
      stack.push([target, depth, true]);
      continue;
    }
    if (!isCollection(node)) continue;
    if (depth + 1 > MAX_DEPTH) return d.yaml_too_deep(src, node, { limit: MAX_DEPTH });
    for (const item of node.items) {
      const child = isPair(item) ? item.value : item;
      if (child && typeof child === 'object') stack.push([child as Node, depth + 1, copied]);
    }
  }
  return null;
}

function contains(outer: Node, inner: Node): boolean {
  const [a, b] = outer.range ?? [0, 0];
  const [c, e] = inner.range ?? [0, 0];
  return a <= c && e <= b;
}

/** The first alias in document order, to point at when toJS gives up on aliases. */
export function firstAlias(doc: Document.Parsed): Node | null {
  const stack: unknown[] = doc.contents ? [doc.contents] : [];
  let first: Node | null = null;
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) {
      if (!first || (node.range?.[0] ?? 0) < (first.range?.[0] ?? 0)) first = node;
    } else if (isCollection(node)) {
      for (const item of node.items) stack.push(isPair(item) ? item.value : item);
    }
  }
  return first;
}

/** For a duplicate key at `offset`: its text and the line of its first occurrence in the same mapping. */
export function duplicateKey(src: Source, doc: Document.Parsed, offset: number): { key: string; firstLine: number; range: Offsets } | null {
  const stack: unknown[] = doc.contents ? [doc.contents] : [];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isCollection(node)) continue;
    const pairs = (node.items as unknown[]).filter((item): item is Pair => isPair(item));
    const dup = pairs.find((p) => isScalar(p.key) && p.key.range?.[0] === offset);
    if (dup && isScalar(dup.key)) {
      const key = String(dup.key.value);
      const first = pairs.find((p) => isScalar(p.key) && String(p.key.value) === key);
      const firstOffset = first && isScalar(first.key) ? (first.key.range?.[0] ?? offset) : offset;
      return { key, firstLine: src.position(firstOffset).line, range: [offset, dup.key.range?.[1] ?? offset + 1] };
    }
    for (const item of node.items) stack.push(isPair(item) ? item.value : item);
  }
  return null;
}
