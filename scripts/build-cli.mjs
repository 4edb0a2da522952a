// Bundles the kohu command (src/cli) into plain JavaScript in dist-cli/, so
// that `kohu` starts without compiling TypeScript and needs no tsx
// (scripts/kohu.mjs runs the bundle while it matches the sources, see
// cli-bundle.mjs). Runs on `npm ci` / `npm install` (prepare) and in the bench.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUNDLE } from './cli-bundle.mjs';

const ROOT = resolve(import.meta.dirname, '..');

export async function buildCli() {
  const outdir = fileURLToPath(new URL('.', BUNDLE));
  // Built aside and moved in whole, so that a kohu starting meanwhile finds the old bundle or the new one.
  const fresh = `${outdir.replace(/\/$/, '')}.${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { kohu: 'src/cli/main.ts' },
    outdir: fresh,
    bundle: true,
    // The language server is loaded only by `kohu lsp`: its own chunk, not parsed at every start.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    metafile: true,
    logLevel: 'warning',
    // yaml's Node build asks process.env (a slow call into the environment) at every token it
    // parses; its browser build, which the app runs, is the same parser without that.
    alias: { yaml: resolve(ROOT, 'node_modules/yaml/browser/index.js') },
    define: { KOHU_VERSION: JSON.stringify(JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).version) },
    // CommonJS dependencies (the language server's) call require().
    banner: { js: "import { createRequire as kohuRequire } from 'node:module'; const require = kohuRequire(import.meta.url);" },
  });
  // What the launcher checks for staleness: the project's own sources (dependencies change only with an install, which rebuilds).
  const sources = Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules/'));
  writeFileSync(resolve(fresh, 'sources.json'), JSON.stringify(sources) + '\n');
  const old = `${fresh}.old`;
  if (existsSync(outdir)) renameSync(outdir, old);
  renameSync(fresh, outdir);
  rmSync(old, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli();
