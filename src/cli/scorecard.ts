// The scorecard as text: four scores, total, ending, and the evidence behind
// every point, the matched words marked «like this».
import type { KohuResult, RunRecord } from '../engine/play.ts';
import { DIMENSIONS, type Dimension, formatDuration } from '../engine/play.ts';

const WORDS = {
  en: {
    names: { speed: 'Speed', honesty: 'Honesty', publicness: 'Publicness', escalation: 'Escalation' } as Record<Dimension, string>,
    total: 'TOTAL',
    ended: 'Ended at',
    phases: 'Phases',
    ending: (kind: string, phase: string) => `${kind} ending (${phase})`,
    none: (reason: string) => `no ending (${reason})`,
    quit: (at: string) => `ended by the trainee at ${at}; the crisis ran on without them`,
  },
  fi: {
    names: { speed: 'Nopeus', honesty: 'Rehellisyys', publicness: 'Julkisuus', escalation: 'Eskalointi' } as Record<Dimension, string>,
    total: 'YHTEENSÄ',
    ended: 'Päättyi',
    phases: 'Vaiheet',
    ending: (kind: string, phase: string) => `${{ good: 'hyvä', bad: 'huono', worst: 'pahin' }[kind] ?? kind} loppu (${phase})`,
    none: (reason: string) => `ei päätösvaihetta (${reason})`,
    quit: (at: string) => `harjoittelija lopetti ${at}; kriisi jatkui ilman häntä`,
  },
};

export function formatScorecard(result: KohuResult, record: RunRecord, lang: 'fi' | 'en'): string {
  const w = WORDS[lang];
  const NAMES = w.names;
  const out: string[] = [];
  const bar = (n: number) => '█'.repeat(Math.round(n / 5)).padEnd(20, '·');
  out.push(`${result.scenario.title} — seed ${result.seed}`);
  const ending = result.ending ? w.ending(result.ending.kind, result.ending.phase) : w.none(result.endReason);
  out.push(`${w.ended} ${formatDuration(result.endedAt)}: ${ending}`);
  if (result.quitAt !== undefined) out.push(`  (${w.quit(formatDuration(result.quitAt))})`);
  out.push(`${w.phases}: ${result.phaseHistory.map((v) => `${v.phase}@${formatDuration(v.at)}`).join(' → ')}`);
  out.push('');
  for (const d of DIMENSIONS) out.push(`  ${NAMES[d].padEnd(11)} ${bar(result.scores[d])} ${String(result.scores[d]).padStart(3)}`);
  out.push(`  ${w.total.padEnd(11)} ${bar(result.scores.total)} ${String(result.scores.total).padStart(3)}`);
  for (const d of DIMENSIONS) {
    const flags = result.flags.filter((f) => f.dimension === d);
    if (!flags.length) continue;
    out.push('', `${NAMES[d]}:`);
    for (const f of flags) {
      const pts = f.max !== undefined ? `${f.points}/${f.max}` : `${f.points}`;
      out.push(`  [${pts.padStart(6)}] ${formatDuration(f.at).padStart(7)}  ${f.rule}${f.post ? ` (${f.post})` : ''}: ${f.explain[lang]}`);
      const text = f.action !== undefined ? actionText(record, f.action) : undefined;
      if (text && f.matches.length) out.push(`           “${highlight(text, f.matches)}”`);
    }
  }
  return out.join('\n');
}

function actionText(record: RunRecord, index: number): string | undefined {
  const a = record.log[index];
  return a && 'text' in a ? a.text : undefined;
}

function highlight(text: string, ranges: { start: number; end: number }[]): string {
  let out = '';
  let pos = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.start < pos) continue;
    out += text.slice(pos, r.start) + '«' + text.slice(r.start, r.end) + '»';
    pos = r.end;
  }
  out += text.slice(pos);
  const flat = out.replace(/\s+/g, ' ').trim();
  return flat.length > 220 ? flat.slice(0, 217) + '…' : flat;
}
