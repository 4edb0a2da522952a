// Shared expectations for the analyser tests: every range must slice out of
// the original text exactly, and kinds are compared as [kind, text] pairs.
import { expect } from 'vitest';
import { analyseText } from '../../../src/engine/text/index.ts';
import type { Language } from '../../../src/engine/model.ts';
import type { MarkerKind, TextAnalysis } from '../../../src/engine/text/types.ts';

export function analyse(text: string, language: Language, customerName?: string): TextAnalysis {
  const a = analyseText(text, { language, customerName });
  for (const r of [...a.markers, ...a.promises]) expect(text.slice(r.start, r.end)).toBe(r.text);
  return a;
}

export const pairs = (a: TextAnalysis, kind?: MarkerKind): [MarkerKind, string][] =>
  a.markers.filter((m) => !kind || m.kind === kind).map((m) => [m.kind, m.text]);

export interface MarkerCase {
  text: string;
  /** [kind, matched text] that must be found. */
  has: [MarkerKind, string][];
  /** Kinds that must not be found. */
  not?: MarkerKind[];
  name?: string;
}

export function checkCase(c: MarkerCase, language: Language): void {
  const a = analyse(c.text, language, c.name);
  const found = pairs(a);
  for (const h of c.has) expect(found, `${c.text} → ${JSON.stringify(found)}`).toContainEqual(h);
  for (const k of c.not ?? [])
    expect(
      found.filter(([kind]) => kind === k),
      `${c.text} must not have ${k}`,
    ).toEqual([]);
}
