// The balance report as terminal text, for `kohu explore`.
import { formatDuration, DIMENSIONS, type ScenarioModel } from '../engine/play.ts';
import { BALANCE_METHOD, STRATEGIES, type BalanceReport } from '../engine/authoring.ts';

const LABEL = { expert: 'expert', nothing: 'doing nothing', careless: 'careless' } as const;

export function printBalance(model: ScenarioModel, r: BalanceReport): string[] {
  const name = (id: string) => model.phases.find((p) => p.id === id)?.name ?? id;
  const out: string[] = ['', 'Balance'];
  out.push('  Synthetic runs:');
  for (const s of STRATEGIES) {
    const run = r.runs[s];
    const end = run.ending ? `${run.ending.kind} ending “${name(run.ending.phase)}”` : `no ending (${run.endReason})`;
    out.push(
      `    ${LABEL[s].padEnd(14)} ${run.phases.map((v) => v.phase).join(' → ')}; ${end} at ${formatDuration(run.endedAt)}; ${run.log.length} action${run.log.length === 1 ? '' : 's'}`,
    );
  }
  out.push('', `  ${'score'.padEnd(12)} ${STRATEGIES.map((s) => LABEL[s].padStart(14)).join('')}   best / worst`);
  for (const k of [...DIMENSIONS, 'total'] as const) {
    const cells = STRATEGIES.map((s) => String(r.runs[s].scores[k]).padStart(14)).join('');
    const { best, worst } = r.range[k];
    out.push(`  ${k.padEnd(12)} ${cells}   ${best.score} (${LABEL[best.by]}) / ${worst.score} (${LABEL[worst.by]})`);
  }
  if (r.withoutEscalation.length) {
    const caps = r.withoutEscalation.map(
      (c) => `${c.below === 1 ? 'never escalating' : `never above ${c.below - 1}`}: ${c.goodReachable ? 'yes' : 'no'}`,
    );
    out.push('', `  Good ending reachable ${caps.join('; ')}`);
  }
  out.push('', r.warnings.length ? '  Warnings:' : '  Warnings: none');
  for (const w of r.warnings) out.push(`    ${w.severity === 'warning' ? '!' : 'i'} ${w.code}: ${w.message.en}`);
  out.push('', '  Method:', BALANCE_METHOD.en.map((p) => wrap(p, 76, '    ')).join('\n\n'));
  return out;
}

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}
