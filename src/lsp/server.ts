// `kohu lsp`: the language service (service.ts) spoken as the Language
// Server Protocol over stdio. This file only translates: offsets to LSP
// positions and back, the service's answers to protocol shapes. Messages and
// help are in the scenario's own language (its `language:` field).
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  ErrorCodes,
  MarkupKind,
  ResponseError,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type CompletionItem,
  type Diagnostic as LspDiagnostic,
  type DocumentSymbol,
  type Range,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnosticText, formatScenario, type Diagnostic } from '../engine/authoring.ts';
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
  renameTarget,
  type HelpCompletion,
  type OutlineItem,
  type Span,
} from './service.ts';

const COMPLETION_KIND: Record<HelpCompletion['kind'], CompletionItemKind> = {
  property: CompletionItemKind.Property,
  enum: CompletionItemKind.EnumMember,
  variable: CompletionItemKind.Reference,
  keyword: CompletionItemKind.Keyword,
};

const SYMBOL_KIND: Record<OutlineItem['kind'], SymbolKind> = {
  phases: SymbolKind.Event,
  posts: SymbolKind.Field,
  personas: SymbolKind.Constant,
  channels: SymbolKind.Interface,
  conditions: SymbolKind.Boolean,
};

/** Runs until the editor sends `exit` (the library then ends the process). */
export function runServer(input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<number> {
  const connection = createConnection(input, output);
  const documents = new TextDocuments(TextDocument);
  // The diagnostics last published per document, for quick fixes.
  const published = new Map<string, Diagnostic[]>();

  const range = (doc: TextDocument, s: Span): Range => ({ start: doc.positionAt(s.from), end: doc.positionAt(s.to) });
  const docAt = (uri: string) => documents.get(uri);
  const fileOf = (uri: string) => (uri.startsWith('file:') ? fileURLToPath(uri) : uri);

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: [' ', ':', '-', '{', ','] },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentSymbolProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      documentFormattingProvider: true,
    },
    serverInfo: { name: 'kohu' },
  }));

  documents.onDidChangeContent(({ document }) => {
    const text = document.getText();
    const lang = languageOf(text);
    const found = diagnose(text, fileOf(document.uri));
    published.set(document.uri, found);
    connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: found.map((d) => toLsp(d, lang)) });
  });
  documents.onDidClose(({ document }) => {
    published.delete(document.uri);
    connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onCompletion(({ textDocument, position, context }) => {
    const doc = docAt(textDocument.uri);
    if (!doc) return null;
    const offset = doc.offsetAt(position);
    const text = doc.getText();
    const answer = completionsAt(text, offset, languageOf(text), context?.triggerKind !== 2);
    if (!answer) return null;
    const replace = range(doc, { from: answer.from, to: offset });
    return answer.items.map((i): CompletionItem => ({
      label: i.label,
      kind: COMPLETION_KIND[i.kind],
      ...(i.detail !== undefined && { detail: i.detail }),
      ...(i.info !== undefined && { documentation: { kind: MarkupKind.PlainText, value: i.info } }),
      textEdit: { range: replace, newText: i.apply ?? i.label },
      // Higher boost (-1…2) first, then alphabetical.
      sortText: `${5 - i.boost}${i.label}`,
    }));
  });

  connection.onHover(({ textDocument, position }) => {
    const doc = docAt(textDocument.uri);
    if (!doc) return null;
    const text = doc.getText();
    const help = hoverHelp(text, doc.offsetAt(position), languageOf(text));
    if (!help) return null;
    return {
      contents: { kind: MarkupKind.Markdown, value: help.body ? `**${help.title}**\n\n${help.body}` : `**${help.title}**` },
      range: range(doc, help),
    };
  });

  connection.onDefinition(({ textDocument, position }) => {
    const doc = docAt(textDocument.uri);
    if (!doc) return null;
    return definition(doc.getText(), doc.offsetAt(position)).map((s) => ({ uri: doc.uri, range: range(doc, s) }));
  });

  connection.onReferences(({ textDocument, position, context }) => {
    const doc = docAt(textDocument.uri);
    if (!doc) return null;
    return references(doc.getText(), doc.offsetAt(position), context.includeDeclaration).map((s) => ({
      uri: doc.uri,
      range: range(doc, s),
    }));
  });

  connection.onPrepareRename(({ textDocument, position }) => {
    const doc = docAt(textDocument.uri);
    const target = doc && renameTarget(doc.getText(), doc.offsetAt(position));
    return doc && target ? { range: range(doc, target), placeholder: target.id } : null;
  });

  connection.onRenameRequest(({ textDocument, position, newName }) => {
    const doc = docAt(textDocument.uri);
    if (!doc) return null;
    const text = doc.getText();
    const answer = rename(text, doc.offsetAt(position), newName);
    if ('refused' in answer) throw new ResponseError(ErrorCodes.InvalidRequest, answer.refused[languageOf(text)]);
    return { changes: { [doc.uri]: answer.edits.map((e) => ({ range: range(doc, e), newText: e.newText })) } };
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const doc = docAt(textDocument.uri);
    if (!doc) return null;
    return outline(doc.getText()).map((o): DocumentSymbol => ({
      name: o.id,
      ...(o.detail && { detail: o.detail }),
      kind: SYMBOL_KIND[o.kind],
      range: range(doc, o.range),
      selectionRange: range(doc, o.selection),
    }));
  });

  connection.onCodeAction(({ textDocument, range: asked, context }) => {
    const doc = docAt(textDocument.uri);
    if (!doc) return null;
    const text = doc.getText();
    const lang = languageOf(text);
    const span = { from: doc.offsetAt(asked.start), to: doc.offsetAt(asked.end) };
    return quickFixes(text, span, published.get(doc.uri) ?? [], lang).map((fix): CodeAction => {
      const editRange = range(doc, fix.edit);
      const answers = context.diagnostics.filter((d) => d.code === fix.code && sameRange(d.range, editRange));
      return {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        isPreferred: true,
        ...(answers.length > 0 && { diagnostics: answers }),
        edit: { changes: { [doc.uri]: [{ range: editRange, newText: fix.edit.newText }] } },
      };
    });
  });

  // Format Document: kohu fmt's layout, as one edit over the whole text (none when already laid out or not formattable).
  connection.onDocumentFormatting(({ textDocument }) => {
    const doc = docAt(textDocument.uri);
    if (!doc) return null;
    const result = formatScenario(doc.getText());
    if (!('text' in result) || !result.changed) return [];
    return [{ range: range(doc, { from: 0, to: doc.getText().length }), newText: result.text }];
  });

  documents.listen(connection);
  connection.listen();
  return new Promise<number>(() => {});
}

function toLsp(d: Diagnostic, lang: 'fi' | 'en'): LspDiagnostic {
  const { message, hint } = diagnosticText(d, lang);
  return {
    range: { start: { line: d.line - 1, character: d.col - 1 }, end: { line: d.endLine - 1, character: d.endCol - 1 } },
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.code,
    source: 'kohu',
    message: hint.trim() ? `${message}\n${hint}` : message,
    ...(d.suggestion !== undefined && { data: { suggestion: d.suggestion } }),
  };
}

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line &&
  a.start.character === b.start.character &&
  a.end.line === b.end.line &&
  a.end.character === b.end.character;
