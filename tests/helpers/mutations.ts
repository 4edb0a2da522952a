// Character- and line-level edits of a text, as a fuzzer would make them:
// shared by the property tests of the loader, the language service and fmt.
import fc from 'fast-check';

/** Character- and line-level edits of a valid scenario, as a fuzzer would make them. */
export const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      ':',
      '- ',
      '  ',
      '\t',
      '\n',
      '[',
      '{',
      '}',
      ']',
      '"',
      "'",
      '&a ',
      '*a',
      '!x ',
      '#',
      '---\n',
      '|',
      '>',
      '\u0000',
      'ä',
      '😀',
      'null',
      '-1',
      'true',
    ),
  }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('dropLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swapLines' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: fc.nat() }),
);
export type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

export function apply(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const li = (n: number) => n % Math.max(1, lines.length);
  const ci = (n: number) => n % Math.max(1, text.length);
  switch (m.kind) {
    case 'delete':
      return text.slice(0, ci(m.at)) + text.slice(ci(m.at) + m.length);
    case 'insert':
      return text.slice(0, ci(m.at)) + m.text + text.slice(ci(m.at));
    case 'swap': {
      const chars = [...text];
      const a = m.at % Math.max(1, chars.length);
      const b = m.other % Math.max(1, chars.length);
      [chars[a], chars[b]] = [chars[b], chars[a]];
      return chars.join('');
    }
    case 'dropLine':
      lines.splice(li(m.at), 1);
      return lines.join('\n');
    case 'swapLines': {
      const a = li(m.at);
      const b = li(m.other);
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    }
    case 'duplicateLine':
      lines.splice(li(m.at), 0, lines[li(m.at)]);
      return lines.join('\n');
  }
}
