// A language client for tests: spawns `kohu lsp` and talks to it over stdio
// with the protocol library's own connection, as an editor would. Answers
// are awaited, never timed: diagnostics are waited for by document version.
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  PublishDiagnosticsNotification,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from './load.ts';

export interface LspClient {
  connection: ProtocolConnection;
  /** The next diagnostics published for `uri` at `version` (or later). */
  diagnostics(uri: string, version: number): Promise<PublishDiagnosticsParams>;
  stop(): Promise<number | null>;
  stderr(): string;
}

export async function startKohuLsp(): Promise<LspClient> {
  const child: ChildProcess = spawn(process.execPath, ['scripts/kohu.mjs', 'lsp', '--stdio'], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (c) => (err += String(c)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const latest = new Map<string, PublishDiagnosticsParams>();
  const waiting: { uri: string; version: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    latest.set(p.uri, p);
    for (const w of waiting.filter((w) => w.uri === p.uri && (p.version ?? -1) >= w.version)) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve(p);
    }
  });
  connection.listen();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    connection,
    diagnostics: (uri, version) => {
      const have = latest.get(uri);
      if (have && (have.version ?? -1) >= version) return Promise.resolve(have);
      return new Promise((resolve) => waiting.push({ uri, version, resolve }));
    },
    stop: async () => {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await exited;
      connection.dispose();
      return code;
    },
    stderr: () => err,
  };
}

export const uriOf = (path: string) => pathToFileURL(path).href;
