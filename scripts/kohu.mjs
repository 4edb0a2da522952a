#!/usr/bin/env node
// The `kohu` command. Runs the bundle in dist-cli/ (scripts/build-cli.mjs,
// built on install) while it matches the sources; otherwise, in development,
// the TypeScript itself through tsx.
import { BUNDLE, bundleIsCurrent } from './cli-bundle.mjs';

// A reader that stops early (`kohu validate … | head -1`) closes the pipe;
// Node then reports EPIPE on the next write. Stop quietly, as a Unix tool
// killed by SIGPIPE would (status 128 + 13), instead of printing a stack.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(141);
    throw error;
  });

async function typescriptMain() {
  const { register } = await import('tsx/esm/api');
  register();
  return import('../src/cli/main.ts');
}

const { main } = bundleIsCurrent() ? await import(BUNDLE.href) : await typescriptMain();
process.exitCode = await main(process.argv.slice(2));
