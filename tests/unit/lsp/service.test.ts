// The language service as plain functions over (text, offset): the answers
// that the studio and `kohu lsp` both give.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/load.ts';
import {
  completionsAt,
  definition,
  diagnose,
  hoverHelp,
  languageOf,
  outline,
  quickFixes,
  references,
  rename,
} from '../../../src/lsp/service.ts';

const MINIMAL = readFileSync(join(ROOT, 'tests/fixtures/valid/minimal.yaml'), 'utf8');
/** Text with a `‸` where the cursor is. */
const at = (marked: string) => ({ text: marked.replace('‸', ''), pos: marked.indexOf('‸') });
const labels = (marked: string) => {
  const { text, pos } = at(marked);
  return completionsAt(text, pos)?.items.map((i) => i.label) ?? [];
};
const words = (text: string, spans: { from: number; to: number }[]) => spans.map((s) => text.slice(s.from, s.to));

describe('ids', () => {
  it('finds definitions and references, quoted ones by their characters only, and not `promise_kept: true`', () => {
    const text = MINIMAL.replace('    by: maija', '    by: "maija"').replace(
      'answered_well: { reply',
      'kept: { promise_kept: true }\n  answered_well: { reply',
    );
    const refs = references(text, text.indexOf('"maija"') + 2);
    expect(words(text, refs)).toEqual(['maija', 'maija']);
    expect(text.slice(refs[1].from - 1, refs[1].to + 1)).toBe('"maija"');
    expect(definition(text, text.indexOf('when: answered_well') + 8)).toEqual([
      { from: text.indexOf('answered_well:'), to: text.indexOf('answered_well:') + 13 },
    ]);
    expect(references(text, text.indexOf('promise_kept: true') + 15)).toEqual([]);
  });

  it('renames every use of an id, and refuses a name that is not an id or is taken, in both languages', () => {
    const answer = rename(MINIMAL, MINIMAL.indexOf('to: calm') + 5, 'settled');
    expect('edits' in answer && answer.edits.map((e) => MINIMAL.slice(e.from, e.to))).toEqual(['calm', 'calm']);
    expect(rename(MINIMAL, MINIMAL.indexOf('to: calm') + 5, 'ä')).toMatchObject({
      refused: { en: expect.stringMatching(/cannot be an id/), fi: expect.stringMatching(/ei kelpaa/) },
    });
    expect(rename(MINIMAL, MINIMAL.indexOf('to: calm') + 5, 'spark')).toMatchObject({ refused: { en: expect.stringMatching(/already/) } });
    expect(rename(MINIMAL, MINIMAL.indexOf('title'), 'x')).toHaveProperty('refused');
  });

  it('outlines what the scenario defines, with names', () => {
    expect(outline(MINIMAL).map((o) => `${o.kind}:${o.id}:${o.detail}`)).toEqual([
      'channels:page:Example Shop on the web',
      'personas:maija:Maija',
      'posts:late:My order is two weeks late and nobody answers the phone!',
      'conditions:answered_well:',
      'phases:spark:Spark',
      'phases:calm:Calm',
      'phases:spreading:Spreading',
    ]);
  });
});

describe('quick fixes', () => {
  it('replace a misspelt field or id with the suggestion, nothing else', () => {
    const text = MINIMAL.replace('title:', 'titel:').replace('to: spreading', 'to: spredaing');
    const found = diagnose(text, 'x.yaml');
    const fixes = quickFixes(text, { from: 0, to: text.length }, found, 'fi');
    expect(fixes.map((f) => [f.code, text.slice(f.edit.from, f.edit.to), f.edit.newText, f.title])).toEqual([
      ['schema_unknown_field', 'titel', 'title', 'Vaihda tilalle `title`'],
      ['ref_unknown_phase', 'spredaing', 'spreading', 'Vaihda tilalle `spreading`'],
    ]);
    const titleOnly = quickFixes(text, { from: text.indexOf('titel'), to: text.indexOf('titel') }, found, 'en');
    expect(titleOnly.map((f) => f.title)).toEqual(['Change to `title`']);
  });
});

describe('completion and hover', () => {
  it('completes before a trailing comment and inside a flow map', () => {
    expect(labels(MINIMAL.replace('    by: maija', '    by: ‸ # who'))).toEqual(['maija']);
    expect(labels(MINIMAL.replace('{ id: calm, name: Calm, ending: good }', '{ id: calm, name: Calm, ending: ‸ }'))).toEqual([
      'good',
      'bad',
      'worst',
    ]);
    expect(labels(MINIMAL.replace('{ id: calm, name: Calm, ending: good }', '{ id: calm, name: Calm, end‸ }'))).toContain('ending');
  });

  it('lists each condition kind once, each with its own description', () => {
    const { text, pos } = at(
      MINIMAL.replace('answered_well: { reply: { post: late, public: true, honest: true } }', 'answered_well:\n    ‸'),
    );
    const items = completionsAt(text, pos)!.items;
    expect(items.map((i) => i.label)).toEqual([
      'reply',
      'deleted',
      'hidden',
      'escalated',
      'statement',
      'promise_broken',
      'promise_kept',
      'followed_up',
      'all',
      'any',
      'not',
    ]);
    expect(items.find((i) => i.label === 'hidden')?.info).toBe('The trainee hid this post.');
    expect(new Set(items.map((i) => i.info)).size).toBe(items.length);
  });

  it("speaks the file's language", () => {
    expect(languageOf(MINIMAL)).toBe('en');
    const fi = MINIMAL.replace('language: en', 'language: fi');
    expect(languageOf(fi)).toBe('fi');
    expect(hoverHelp(fi, fi.indexOf('severity') + 1, languageOf(fi))?.body).toMatch(/^Kuinka vakava viesti on/);
    expect(hoverHelp(fi, fi.indexOf('by: maija') + 5, 'fi')).toMatchObject({
      title: expect.stringMatching(/^henkilö maija \(rivi 16\)$/),
      body: 'Maija',
    });
  });
});
