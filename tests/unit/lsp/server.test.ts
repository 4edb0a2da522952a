// `kohu lsp` driven as an editor drives it: a spawned process, JSON-RPC over
// stdio, initialize → didOpen → didChange → the requests, each answer
// checked. The diagnostics must be the ones `kohu validate` gives, code and
// position, for every shipped scenario and every diagnostics fixture.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  DocumentFormattingRequest,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type InitializeResult,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from '../../helpers/load.ts';
import { startKohuLsp, uriOf, type LspClient } from '../../helpers/lsp-client.ts';

const SHIPPED = readdirSync(join(ROOT, 'scenarios'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => join(ROOT, 'scenarios', f));
const INVALID = join(ROOT, 'tests/fixtures/invalid');
const FIXTURES = readdirSync(INVALID, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => join(INVALID, e.name, 'scenario.yaml'));

const MINIMAL = readFileSync(join(ROOT, 'tests/fixtures/valid/minimal.yaml'), 'utf8');
const DOC = uriOf(resolve(ROOT, 'work/minimal.yaml'));

/** The 0-based position of the `n`-th occurrence of `needle`, plus `shift` characters. */
function pos(text: string, needle: string, shift = 0, n = 1): Position {
  let at = -1;
  for (let i = 0; i < n; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, at + shift).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

let lsp: LspClient;
let init: InitializeResult;
let version = 0;
let text = MINIMAL;

async function open(uri: string, body: string): Promise<Diagnostic[]> {
  await lsp.connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'yaml', version: 1, text: body },
  });
  return (await lsp.diagnostics(uri, 1)).diagnostics;
}

/** Replace the whole text (as an incremental change over the full range), and wait for its diagnostics. */
async function change(next: string): Promise<Diagnostic[]> {
  const end = pos(text, text.slice(-1), 1, text.split(text.slice(-1)).length - 1);
  text = next;
  version++;
  await lsp.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri: DOC, version },
    contentChanges: [{ range: { start: { line: 0, character: 0 }, end }, text: next }],
  });
  return (await lsp.diagnostics(DOC, version)).diagnostics;
}

beforeAll(async () => {
  lsp = await startKohuLsp();
  init = await lsp.connection.sendRequest(InitializeRequest.type, {
    processId: null,
    rootUri: null,
    capabilities: {},
    workspaceFolders: null,
  });
  await lsp.connection.sendNotification(InitializedNotification.type, {});
  expect(await open(DOC, MINIMAL)).toEqual([]);
  version = 1;
});

afterAll(async () => {
  expect(await lsp.stop()).toBe(0);
  expect(lsp.stderr()).toBe('');
});

describe('kohu lsp', () => {
  it('announces what it can do', () => {
    expect(init.serverInfo?.name).toBe('kohu');
    expect(init.capabilities).toMatchObject({
      completionProvider: expect.any(Object),
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentSymbolProvider: true,
      codeActionProvider: expect.any(Object),
      documentFormattingProvider: true,
    });
  });

  it('opens every shipped scenario with no error', async () => {
    for (const file of SHIPPED) {
      const found = await open(uriOf(file), readFileSync(file, 'utf8'));
      expect(found.filter((d) => d.severity === 1).map((d) => `${file}: ${d.code} ${d.message}`)).toEqual([]);
    }
  });

  it('gives each diagnostics fixture the same codes and positions as kohu validate', async () => {
    const r = spawnSync(process.execPath, ['scripts/kohu.mjs', 'validate', '--format', 'json', ...FIXTURES], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const cli: { code: string; file: string; line: number; col: number; endLine: number; endCol: number }[] = JSON.parse(
      r.stdout,
    ).diagnostics;
    expect(cli.length).toBeGreaterThanOrEqual(FIXTURES.length);
    for (const file of FIXTURES) {
      const found = await open(uriOf(file), readFileSync(file, 'utf8'));
      const viaServer = found
        .map(
          (d) => `${d.code} ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`,
        )
        .sort();
      const viaCli = cli
        .filter((d) => d.file === file)
        .map((d) => `${d.code} ${d.line}:${d.col}-${d.endLine}:${d.endCol}`)
        .sort();
      expect(viaServer, file).toEqual(viaCli);
    }
  });

  it('re-checks on change and offers the "did you mean" fix as a quick fix', async () => {
    const found = await change(MINIMAL.replace('    by: maija', '    by: maja'));
    const d = found.find((x) => x.code === 'ref_unknown_persona')!;
    expect(d).toMatchObject({ severity: 1, source: 'kohu', range: { start: pos(text, 'maja'), end: pos(text, 'maja', 4) } });
    expect(d.message).toMatch(/^There is no persona `maja`\.\nDid you mean `maija`\?$/);
    const actions = await lsp.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: DOC },
      range: d.range,
      context: { diagnostics: [d] },
    });
    expect(actions).toEqual([
      {
        title: 'Change to `maija`',
        kind: 'quickfix',
        isPreferred: true,
        diagnostics: [d],
        edit: { changes: { [DOC]: [{ range: d.range, newText: 'maija' }] } },
      },
    ]);
    expect(await change(MINIMAL)).toEqual([]);
  });

  it('completes ids where a reference is due, and condition kinds where a condition is', async () => {
    await change(MINIMAL.replace('{ to: calm, when: answered_well }', '{ to: , when: answered_well }'));
    const phases = (await lsp.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: DOC },
      position: pos(text, '{ to: ', 6),
    })) as CompletionItem[];
    expect(phases.filter((i) => i.kind === 18).map((i) => i.label)).toEqual(['spark', 'calm', 'spreading']);
    await change(MINIMAL.replace('when: answered_well }', 'when:  }'));
    const conditions = (await lsp.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: DOC },
      position: pos(text, 'when:  }', 6),
    })) as CompletionItem[];
    const labels = conditions.map((i) => i.label);
    expect(labels).toContain('answered_well');
    expect(labels).toEqual(expect.arrayContaining(['reply', 'deleted', 'escalated', 'all', 'any', 'not']));
    expect(new Set(labels).size).toBe(labels.length);
    expect(conditions.find((i) => i.label === 'deleted')).toMatchObject({
      textEdit: { newText: '{ deleted: }' },
      documentation: { value: 'The trainee deleted this post.' },
    });
    await change(MINIMAL);
  });

  it('goes to the definition, finds references and renames across the file', async () => {
    const use = pos(text, 'post: late', 7);
    const defs = await lsp.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: DOC }, position: use });
    expect(defs).toEqual([{ uri: DOC, range: { start: pos(text, 'id: late', 4), end: pos(text, 'id: late', 8) } }]);
    const refs = await lsp.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: DOC },
      position: use,
      context: { includeDeclaration: true },
    });
    expect(refs).toHaveLength(3);
    const uses = await lsp.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: DOC },
      position: use,
      context: { includeDeclaration: false },
    });
    expect(uses?.map((r) => r.range.start.line)).toEqual([24, 28]);
    const prepared = await lsp.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: DOC }, position: use });
    expect(prepared).toMatchObject({ placeholder: 'late' });
    const edit = await lsp.connection.sendRequest(RenameRequest.type, { textDocument: { uri: DOC }, position: use, newName: 'delivery' });
    const edits = edit!.changes![DOC];
    expect(edits.map((e) => e.newText)).toEqual(['delivery', 'delivery', 'delivery']);
    expect(edits.map((e) => e.range.start)).toEqual(refs!.map((r) => r.range.start));
    await expect(
      lsp.connection.sendRequest(RenameRequest.type, { textDocument: { uri: DOC }, position: use, newName: 'two words' }),
    ).rejects.toThrow(/cannot be an id/);
    await expect(
      lsp.connection.sendRequest(RenameRequest.type, {
        textDocument: { uri: DOC },
        position: pos(text, 'to: calm', 4),
        newName: 'spreading',
      }),
    ).rejects.toThrow(/already/);
  });

  it("speaks the scenario's language: diagnostics, quick fixes and hover in Finnish for a Finnish file", async () => {
    const hover = await lsp.connection.sendRequest(HoverRequest.type, { textDocument: { uri: DOC }, position: pos(text, 'severity', 2) });
    expect(hover?.contents).toMatchObject({
      kind: 'markdown',
      value: expect.stringMatching(/^\*\*severity: low \| medium \| high \| critical\*\*\n\nHow serious the post is/),
    });
    const found = await change(MINIMAL.replace('language: en', 'language: fi').replace('to: spreading', 'to: spredaing'));
    expect(found.map((d) => d.message)).toEqual(['Skenaariossa ei ole vaihetta `spredaing`.\nTarkoititko `spreading`?']);
    const fix = await lsp.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: DOC },
      range: found[0].range,
      context: { diagnostics: found },
    });
    expect(fix?.map((a) => a.title)).toEqual(['Vaihda tilalle `spreading`']);
    const fi = await lsp.connection.sendRequest(HoverRequest.type, { textDocument: { uri: DOC }, position: pos(text, 'severity', 2) });
    expect(fi?.contents).toMatchObject({ value: expect.stringMatching(/\n\nKuinka vakava viesti on/) });
    await change(MINIMAL);
  });

  it('formats the document as kohu fmt does', async () => {
    const options = { tabSize: 2, insertSpaces: true };
    expect(await lsp.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: DOC }, options })).toEqual([]);
    await change(MINIMAL.replace('  - Answer the customer', '  -    Answer the customer'));
    const edits = await lsp.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: DOC }, options });
    expect(edits).toEqual([
      { range: { start: { line: 0, character: 0 }, end: pos(text, text.slice(-1), 1, text.split('\n').length - 1) }, newText: MINIMAL },
    ]);
    await change(MINIMAL);
  });

  it('outlines the phases and posts', async () => {
    const symbols = (await lsp.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: DOC } })) as DocumentSymbol[];
    expect(symbols.map((s) => s.name)).toEqual(['page', 'maija', 'late', 'answered_well', 'spark', 'calm', 'spreading']);
    expect(symbols.find((s) => s.name === 'spark')).toMatchObject({
      detail: 'Spark',
      kind: 24,
      selectionRange: { start: pos(text, 'id: spark', 4) },
    });
    expect(symbols.find((s) => s.name === 'late')).toMatchObject({ detail: expect.stringMatching(/^My order is two weeks late/), kind: 8 });
  });
});
