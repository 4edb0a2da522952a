// Half-typed and broken text is what an editor sends most: the language
// service and the formatter never throw on it, every span they return lies
// inside the text, renames replace ids only, and fixes put a word in place.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/load.ts';
import { apply, mutation } from '../../helpers/mutations.ts';
import { completionsAt, definition, diagnose, hoverHelp, outline, quickFixes, references, rename } from '../../../src/lsp/service.ts';
import { commentsOf, formatScenario } from '../../../src/engine/authoring.ts';

const MINIMAL = readFileSync(join(ROOT, 'tests/fixtures/valid/minimal.yaml'), 'utf8');

describe('the language service on mutated scenarios (property)', () => {
  it('answers every question without throwing, with spans inside the text', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), fc.nat(), (mutations, at) => {
        const text = mutations.reduce(apply, MINIMAL);
        const offset = at % (text.length + 1);
        const inside = (s: { from: number; to: number }) => 0 <= s.from && s.from <= s.to && s.to <= text.length;
        const found = diagnose(text, 'mutant.yaml');
        expect(
          quickFixes(text, { from: 0, to: text.length }, found, 'en').every(
            (f) => inside(f.edit) && f.edit.newText !== '' && !f.edit.newText.includes('\n'),
          ),
        ).toBe(true);
        const completion = completionsAt(text, offset, 'fi', true);
        if (completion) expect(completion.from).toBeLessThanOrEqual(offset);
        const hover = hoverHelp(text, offset, 'en');
        if (hover) expect(inside(hover)).toBe(true);
        expect(definition(text, offset).every(inside)).toBe(true);
        expect(references(text, offset).every(inside)).toBe(true);
        const renamed = rename(text, offset, 'renamed');
        if ('edits' in renamed)
          expect(renamed.edits.every((e) => inside(e) && /^[A-Za-z][\w-]*$/.test(text.slice(e.from, e.to)))).toBe(true);
        expect(outline(text).every((o) => inside(o.range) && inside(o.selection))).toBe(true);
      }),
      { numRuns: 150, seed: 14 },
    );
  });
});

describe('kohu fmt on mutated scenarios (property)', () => {
  it('refuses or keeps every comment, and a second run changes nothing', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
        const text = mutations.reduce(apply, MINIMAL);
        const once = formatScenario(text);
        if (!('text' in once)) return;
        expect(commentsOf(once.text).sort()).toEqual(commentsOf(text).sort());
        expect(formatScenario(once.text)).toEqual({ text: once.text, changed: false });
      }),
      { numRuns: 150, seed: 14 },
    );
  });
});
