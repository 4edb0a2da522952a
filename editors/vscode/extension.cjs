// A minimal VS Code extension: starts `kohu lsp` from the opened Kohu folder
// (node scripts/kohu.mjs lsp --stdio) for the scenario files, and lets
// vscode-languageclient do the rest. No logic of its own: everything the
// editor shows comes from the language server, as in any other editor.
const path = require('node:path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return;
  const kohu = path.join(folder.uri.fsPath, 'scripts', 'kohu.mjs');
  const run = { command: 'node', args: [kohu, 'lsp'], transport: TransportKind.stdio, options: { cwd: folder.uri.fsPath } };
  const pattern = vscode.workspace.getConfiguration('kohu').get('scenarioFiles', '**/scenarios/*.yaml');
  client = new LanguageClient('kohu', 'Kohu', { run, debug: run }, { documentSelector: [{ scheme: 'file', language: 'yaml', pattern }] });
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
