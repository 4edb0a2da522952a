// The ids a scenario defines, read from the text being edited (which may be
// half-typed): for completing and explaining reference fields such as
// `by:`, `on:`, `post:`, `to:` and condition names.
import { occurrences, type RefKind } from './occurrences.ts';

export { refKindAt, type RefKind } from './occurrences.ts';

export interface IdInfo {
  id: string;
  /** A short human description: the persona's or phase's name, the post's first words. */
  label: string;
  /** 1-based line of the definition. */
  line?: number;
}

export type IdIndex = Record<RefKind, IdInfo[]>;

export function collectIds(text: string): IdIndex {
  const out: IdIndex = { personas: [], channels: [], posts: [], phases: [], conditions: [] };
  for (const o of occurrences(text))
    if (o.definition) out[o.kind].push({ id: o.id, label: o.label ?? '', line: text.slice(0, o.from).split('\n').length });
  return out;
}
