#!/usr/bin/env node
// The `kohu` command: runs the TypeScript CLI through tsx, so the CLI and
// the app share one engine source with no separate build step.
import { register } from 'tsx/esm/api';

// A reader that stops early (`kohu validate … | head -1`) closes the pipe;
// Node then reports EPIPE on the next write. Stop quietly, as a Unix tool
// killed by SIGPIPE would (status 128 + 13), instead of printing a stack.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(141);
    throw error;
  });

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
