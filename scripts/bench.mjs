// npm run bench — prints the engine's and the app's performance figures.
// Figures, not pass/fail: a timed test flakes on a busy machine.
import { register } from 'tsx/esm/api';

register();
const { runBench } = await import('../tests/bench/run.ts');
await runBench(process.argv.slice(2));
