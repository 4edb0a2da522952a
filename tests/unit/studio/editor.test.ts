// The studio editor's schema help without a browser (the language service
// in src/lsp, through the studio's CodeMirror adapter): where the cursor is in the
// YAML, what the schema offers there (fields, values, ids), and the hover
// text for keys, values and references.
import { describe, expect, it } from 'vitest';
import { EditorState } from '@codemirror/state';
import { CompletionContext } from '@codemirror/autocomplete';
import { cursorContext, pointAt } from '../../../src/lsp/yaml-path.ts';
import { scenarioCompletions } from '../../../src/ui/studio/editor/completion.ts';
import { hoverHelp } from '../../../src/lsp/hover.ts';
import { collectIds, refKindAt } from '../../../src/lsp/ids.ts';
import { fieldsOf, schemasAt } from '../../../src/lsp/schema-info.ts';
import { scenarioTemplate } from '../../../src/ui/studio/files/template.ts';
import { DESCRIPTIONS_FI } from '../../../src/engine/scenario/schema-fi.ts';
import type { Language } from '../../../src/engine/play.ts';

/** Text with a `‸` where the cursor is (not `|`: that is YAML's block-text mark). */
const at = (marked: string) => ({ text: marked.replace('‸', ''), pos: marked.indexOf('‸') });

function ctx(marked: string) {
  const { text, pos } = at(marked);
  return cursorContext(text, pos);
}

function completions(marked: string, explicit = true, lang?: Language) {
  const { text, pos } = at(marked);
  return scenarioCompletions(new CompletionContext(EditorState.create({ doc: text }), pos, explicit), lang)?.options ?? [];
}

function complete(marked: string, explicit = true): string[] {
  return completions(marked, explicit).map((o) => o.label);
}

const DOC = scenarioTemplate({ language: 'en', company: 'Café Aurora', channels: ['page', 'press'], complaint: 'Cold coffee.' });

describe('cursorContext', () => {
  it('finds keys and values by path, in block and flow style', () => {
    expect(ctx('kohu: 1\nlan‸')).toMatchObject({ path: [], kind: 'key', prefix: 'lan', siblings: ['kohu'] });
    expect(ctx('phases:\n  - id: a\n    transitions:\n      - to: ‸\n')).toMatchObject({
      path: ['phases', 0, 'transitions', 0, 'to'],
      kind: 'value',
    });
    expect(ctx('phases:\n  - id: a\n    posts:\n      - { post: vi‸ }\n')).toMatchObject({
      path: ['phases', 0, 'posts', 0, 'post'],
      kind: 'value',
      prefix: 'vi',
    });
    expect(ctx('conditions:\n  c1:\n    all:\n      - apol‸\n')).toMatchObject({ path: ['conditions', 'c1', 'all', 0], listItem: true });
  });

  it('stays out of comments, quotes and block text', () => {
    expect(ctx('# a comment ‸')).toBeNull();
    expect(ctx('title: "half ‸')).toBeNull();
    expect(complete('summary: |\n  ‸')).toEqual([]);
  });
});

describe('completion', () => {
  it('offers the fields a mapping may still have, with the required ones', () => {
    const got = complete('kohu: 1\nid: x\n‸');
    expect(got).toEqual(expect.arrayContaining(['language', 'title', 'channels', 'phases']));
    expect(got).not.toContain('kohu');
    expect(complete('phases:\n  - id: a\n    transitions:\n      - to: b\n        ‸\n')).toEqual(
      expect.arrayContaining(['when', 'after', 'note']),
    );
  });

  it("offers allowed values and the scenario's own ids", () => {
    expect(complete('posts:\n  - id: v\n    severity: ‸\n')).toEqual(['low', 'medium', 'high', 'critical']);
    expect(complete(DOC.replace('      - { to: uproar, after: 40m }', '      - { to: ‸ }'))).toEqual(
      expect.arrayContaining(['spark', 'spreading', 'resolved', 'late', 'uproar']),
    );
    expect(complete(DOC.replace('    by: copycat\n', '    by: ‸\n'))).toEqual(
      expect.arrayContaining(['customer', 'copycat', 'journalist']),
    );
    const cond = complete(DOC.replace('when: answered }', 'when: ‸ }'));
    expect(cond).toEqual(expect.arrayContaining(['answered', 'contained']));
  });

  it('does not pop up unasked on an empty key', () => {
    expect(complete('kohu: 1\n‸', false)).toEqual([]);
  });
});

describe('hover', () => {
  it('explains fields from the schema', () => {
    const pos = DOC.indexOf('company_at_fault') + 3;
    expect(hoverHelp(DOC, pos)).toMatchObject({
      title: 'company_at_fault: true | false',
      body: expect.stringContaining('company did wrong'),
    });
  });
  it('says what a reference points to, or that it points nowhere', () => {
    const by = DOC.indexOf('by: customer') + 5;
    expect(hoverHelp(DOC, by)).toMatchObject({ title: expect.stringMatching(/^persona customer \(line \d+\)$/), body: 'Alex Morgan' });
    const broken = DOC.replace('by: customer', 'by: custmer');
    expect(hoverHelp(broken, by)).toMatchObject({ body: 'No persona with the id “custmer” in this scenario.' });
  });
  it('explains enum values', () => {
    const pos = DOC.indexOf('kind: press') + 7;
    expect(hoverHelp(DOC, pos)?.body).toMatch(/journalist inquiries/);
  });
  it('points at scalars only', () => {
    expect(pointAt('a:\n  b: c\n', 8)).toMatchObject({ path: ['a', 'b'], onKey: false, text: 'c' });
  });
});

describe('in the UI language', () => {
  const SEVERITY_EN = 'How serious the post is; sets its speed target (low 60m, medium 30m, high 20m, critical 15m by default).';
  const SEVERITY_FI = DESCRIPTIONS_FI[SEVERITY_EN];

  it('has a Finnish severity description to show', () => {
    expect(SEVERITY_FI).toMatch(/^Kuinka vakava viesti on/);
  });

  it('gives completion info in Finnish when the language is fi, in English otherwise', () => {
    const marked = 'posts:\n  - id: v\n    sev‸\n';
    const fi = completions(marked, true, 'fi').find((o) => o.label === 'severity');
    expect(fi).toMatchObject({ info: SEVERITY_FI, detail: 'low | medium | high | critical' });
    expect(completions(marked, true, 'en').find((o) => o.label === 'severity')).toMatchObject({ info: SEVERITY_EN });
    expect(completions(marked).find((o) => o.label === 'severity')).toMatchObject({ info: SEVERITY_EN });
    const text = completions('posts:\n  - id: v\n    te‸\n', true, 'fi').find((o) => o.label === 'text');
    expect(text).toMatchObject({ info: 'Viesti sellaisena kuin harjoittelija sen näkee.', detail: 'teksti · pakollinen' });
    // Nested fields still open their own lines, whatever the words for their type.
    expect(completions('posts:\n  - id: v\n    repl‸\n', true, 'fi').find((o) => o.label === 'replies')?.apply).toBe('replies:\n      - ');
  });

  it('explains allowed values and references in Finnish', () => {
    const values = completions('posts:\n  - id: v\n    severity: ‸\n', true, 'fi');
    expect(values.map((o) => o.label)).toEqual(['low', 'medium', 'high', 'critical']);
    expect(values[0].info).toBe(SEVERITY_FI);
    const ids = completions(DOC.replace('    by: copycat\n', '    by: ‸\n'), true, 'fi');
    expect(ids.find((o) => o.label === 'customer')?.detail).toBe('henkilö');
  });

  it('gives hover help in Finnish', () => {
    const sev = DOC.indexOf('severity:') + 2;
    expect(hoverHelp(DOC, sev, 'fi')).toMatchObject({ title: 'severity: low | medium | high | critical', body: SEVERITY_FI });
    const press = DOC.indexOf('kind: press') + 7;
    expect(hoverHelp(DOC, press, 'fi')?.body).toMatch(/toimittajien yhteydenotot/);
    const by = DOC.indexOf('by: customer') + 5;
    expect(hoverHelp(DOC, by, 'fi')).toMatchObject({
      title: expect.stringMatching(/^henkilö customer \(rivi \d+\)$/),
      body: 'Alex Morgan',
    });
    const fault = DOC.indexOf('company_at_fault') + 3;
    expect(hoverHelp(DOC, fault, 'fi')?.body).toMatch(/^true, kun yritys toimi väärin/);
  });
});

describe('schema and ids', () => {
  it('walks unions: a condition may be any of its forms', () => {
    expect(fieldsOf(schemasAt(['conditions', 'x'])).map((f) => f.name)).toEqual(
      expect.arrayContaining([
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
      ]),
    );
  });
  it('knows which fields are references', () => {
    expect(refKindAt(['posts', 0, 'by'])).toBe('personas');
    expect(refKindAt(['phases', 1, 'transitions', 0, 'to'])).toBe('phases');
    expect(refKindAt(['conditions', 'c', 'all', 2])).toBe('conditions');
    expect(refKindAt(['conditions', 'c', 'reply', 'post'])).toBe('posts');
    expect(refKindAt(['title'])).toBeNull();
  });
  it('collects ids from half-typed text too', () => {
    const ids = collectIds(`${DOC}\nphases: [`);
    expect(ids.personas.map((p) => p.id)).toEqual(['customer', 'copycat', 'journalist']);
    expect(collectIds(DOC).conditions.map((c) => c.id)).toEqual(['answered', 'contained']);
  });
});
