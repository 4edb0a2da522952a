import { readFileSync } from 'node:fs';
import { loadScenario } from './src/engine/scenario/index.ts';
for (const f of process.argv.slice(2)) {
  const r = loadScenario(readFileSync(f, 'utf8'), f);
  console.log(f, r.model ? 'MODEL' : 'NO MODEL');
  for (const d of r.diagnostics) console.log(' ', d.severity, d.code, d.line, d.col, d.message, '|', d.hint);
}
