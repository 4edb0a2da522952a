// kohu explore SCENARIO — where the scenario can go, where doing nothing leads,
// and the balance report (synthetic best / worst / do-nothing runs, warnings).
import { loadScenario, formatDiagnostic, explore, balanceReport } from '../engine/authoring.ts';
import { printBalance } from './balance-print.ts';
import { formatDuration } from '../engine/play.ts';
import { parseArgs } from './args.ts';
import { langOf, usageError } from './help.ts';
import { readInput } from './read.ts';

export function exploreCommand(argv: string[]): number {
  const args = parseArgs(argv, ['lang']);
  if (typeof args === 'string' || args.positional.length !== 1)
    return usageError('explore', { en: 'give one scenario file', fi: 'anna yksi skenaariotiedosto' }, langOf(argv));
  const file = args.positional[0];
  const input = readInput(file);
  if ('error' in input) {
    console.error(input.error);
    return 1;
  }
  const { model, diagnostics } = loadScenario(input.text, file);
  if (!model) {
    diagnostics.forEach((d) => console.log(formatDiagnostic(d)));
    return 1;
  }
  const report = explore(model);
  const balance = balanceReport(model);
  if (args.flags.json) {
    console.log(JSON.stringify({ ...report, balance }, null, 2));
    return 0;
  }
  console.log(`${model.title} (${model.id}, ${model.language})\n`);
  console.log('Phases:');
  for (const p of report.phases) {
    const tag = p.ending ? ` [${p.ending} ending]` : '';
    const how = p.shortestPath ? (p.shortestPath.length ? p.shortestPath.join(' → ') : 'start') : 'UNREACHABLE';
    console.log(`  ${p.reachable ? '✓' : '✗'} ${p.id}${tag}: ${how}`);
  }
  console.log(`\nGood ending reachable: ${report.goodEndingReachable ? 'yes' : 'NO'}`);
  console.log(`Dead ends: ${report.deadEnds.length ? report.deadEnds.join(', ') : 'none'}`);
  const n = report.doNothing;
  console.log(
    `Doing nothing: ${n.phases.join(' → ')}; ends ${n.kind ? `in the ${n.kind} ending (${n.ending})` : `without an ending (${n.reason})`} at ${formatDuration(n.endedAt)}`,
  );
  if (report.postsNeverAppearing.length) console.log(`Posts that never appear: ${report.postsNeverAppearing.join(', ')}`);
  if (report.truncated) console.log('(exploration stopped at its limit; the report may be incomplete)');
  console.log(printBalance(model, balance).join('\n'));
  return 0;
}
