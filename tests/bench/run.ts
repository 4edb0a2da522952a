// The benchmark: engine figures (validate+compile, drills per second,
// scoring) and, when a build exists, the drill screen's bundle size.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadScenario } from '../../src/engine/authoring.ts';
import { MAX_LOG_ACTIONS, replay, Session, scoreRun } from '../../src/engine/play.ts';
import type { Action, ScenarioModel } from '../../src/engine/play.ts';
import { generateScenario } from './generate.ts';
import { bundleFigures } from './bundle.ts';
import { frameFigures } from './frames.ts';
import { execSync } from 'node:child_process';
import { evaluate, loadCorpus } from '../corpus/evaluate.ts';
import { evaluateSuite, suiteStems } from '../validity/evaluate.ts';

interface Figure {
  name: string;
  value: number;
  goal: string;
}

/** The score's quality: the reading against the labelled corpus, and the score against the expert's order. */
function qualityFigures(): Figure[] {
  const out: Figure[] = [];
  console.log('\nreading vs the hand-labelled corpus (tests/corpus): dev is tuned on, test is held out');
  for (const lang of ['fi', 'en'] as const) {
    for (const split of ['dev', 'test'] as const) {
      const f = evaluate(loadCorpus(lang).filter((e) => e.split === split));
      const row = [
        { name: `corpus.${lang}.${split}.macroF1`, value: f.macroF1, goal: '≥ 0.80' },
        { name: `corpus.${lang}.${split}.gradeAccuracy`, value: f.gradeAccuracy, goal: '≥ 0.85' },
        { name: `corpus.${lang}.${split}.dueAccuracy`, value: f.dueAccuracy, goal: '≥ 0.80' },
      ];
      out.push(...row);
      console.log(
        `  ${lang} ${split.padEnd(4)} (${f.entries}): macro-F1 ${f.macroF1.toFixed(2)} · grade ${f.gradeAccuracy.toFixed(2)} · deadlines ${f.dueAccuracy.toFixed(2)} of ${f.dueCount}   goals ≥ 0.80 · ≥ 0.85 · ≥ 0.80`,
      );
      if (split === 'test')
        console.log(
          `     ${f.labels
            .filter((l) => l.support > 0)
            .map((l) => `${l.label} ${l.f1.toFixed(2)}`)
            .join(' · ')}`,
        );
    }
  }
  console.log('\nscore vs the expert (tests/validity): Kendall τ-b, goal ≥ 0.90; isolated pairs, goal all');
  for (const stem of suiteStems()) {
    const s = evaluateSuite(stem);
    const isolated = s.pairs.filter((p) => p.moved && p.spill <= 5).length;
    out.push(
      { name: `validity.${stem}.tau`, value: s.tau, goal: '≥ 0.90' },
      { name: `validity.${stem}.isolatedPairs`, value: isolated / Math.max(1, s.pairs.length), goal: '= 1' },
    );
    console.log(`  ${stem.padEnd(24)} τ ${s.tau.toFixed(2)}   pairs isolated ${isolated}/${s.pairs.length}`);
  }
  return out;
}

const ROOT = resolve(import.meta.dirname, '..', '..');
const M = 60_000;

function time<T>(fn: () => T, repeat = 1): { ms: number; value: T } {
  let value!: T;
  const t0 = performance.now();
  for (let i = 0; i < repeat; i++) value = fn();
  return { ms: (performance.now() - t0) / repeat, value };
}

const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;

/** 50 actions over two simulated hours against the generated scenario's posts. */
function drillLog(model: ScenarioModel, count: number, spanMs: number): Action[] {
  const log: Action[] = [];
  const texts = ['Hei, kiitos viestistä. Selvitämme asian. t. Pyry', 'Pahoittelemme viivettä, palaamme huomenna. t. Anna'];
  for (let i = 0; i < count; i++) {
    const at = Math.round(((i + 1) * spanMs) / (count + 1));
    const phase = Math.min(model.phases.length - 3, Math.floor(at / (20 * M)));
    const post = `p${phase}_${1 + (i % 2)}`;
    log.push(
      i % 10 === 9
        ? { type: 'escalate', at, level: 1, note: 'tiedoksi' }
        : { type: 'reply', at, post, text: `${texts[i % 2]} (${i})`, visibility: 'public' },
    );
  }
  return log;
}

export async function runBench(args: string[]): Promise<void> {
  console.log('Kohu benchmark —', new Date().toISOString(), `— node ${process.version}\n`);
  console.log('validate + compile (mean of 20):');
  const dir = resolve(ROOT, 'scenarios');
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const text = readFileSync(resolve(dir, file), 'utf8');
    loadScenario(text, file);
    const { ms } = time(() => loadScenario(text, file), 20);
    console.log(`  ${file.padEnd(32)} ${String(text.split('\n').length).padStart(5)} lines  ${fmt(ms)}`);
  }
  const big = generateScenario(70, 3);
  const bigLoaded = loadScenario(big, 'generated.yaml');
  if (!bigLoaded.model) throw new Error('generated scenario invalid: ' + bigLoaded.diagnostics[0]?.message);
  const bigTime = time(() => loadScenario(big, 'generated.yaml'), 5);
  console.log(`  ${'generated (synthetic)'.padEnd(32)} ${String(big.split('\n').length).padStart(5)} lines  ${fmt(bigTime.ms)}`);

  const model = bigLoaded.model;
  const log = drillLog(model, 50, 120 * M);
  const drill = () => {
    const s = new Session(model, 7);
    for (const a of log) s.apply(a);
    s.advanceTo(120 * M);
    return s;
  };
  drill();
  const drills = time(drill, 20);
  console.log(`\nsimulated drills: a two-hour drill with 50 actions: ${fmt(drills.ms)} each, ${(1000 / drills.ms).toFixed(0)} drills/s`);

  const longModel: ScenarioModel = { ...model, durationMs: 48 * 60 * M };
  const longLog = drillLog(longModel, 1200, 22 * 60 * M);
  const s = new Session(longModel, 7);
  for (const a of longLog) if (s.log.length < 1000) s.apply(a);
  const record = s.record();
  const accepted = record.log.length;
  scoreRun(record);
  const scoring = time(() => scoreRun(record), 5);
  console.log(`scoring a ${accepted}-action log: ${fmt(scoring.ms)}`);

  // A result at the stated cap on actions: its replay must stay linear, so a forged file cannot freeze the debrief.
  const capLog = drillLog(longModel, MAX_LOG_ACTIONS, 22 * 60 * M);
  const capReplay = time(() => replay(longModel, 7, capLog, 24 * 60 * M), 3);
  console.log(`replaying a log at the cap (${MAX_LOG_ACTIONS} actions): ${fmt(capReplay.ms)}`);

  const quality = qualityFigures();
  if (args.includes('--json')) {
    const figures: Figure[] = [
      { name: 'engine.drillMs', value: drills.ms, goal: '≤ 0.5' },
      { name: 'engine.score1000Ms', value: scoring.ms, goal: '≤ 5' },
      { name: 'engine.compileGeneratedMs', value: bigTime.ms, goal: '≤ 20' },
      { name: 'engine.replayCapMs', value: capReplay.ms, goal: '≤ 2000' },
      ...quality,
    ];
    console.log(JSON.stringify({ figures }, null, 2));
    return;
  }

  if (args.includes('--engine-only')) return;
  console.log('\nbuilding the app (vite build)…');
  execSync('npx vite build --logLevel error', { cwd: ROOT, stdio: 'inherit' });
  await bundleFigures(ROOT);
  await frameFigures(ROOT);
  try {
    const { editorBench } = await import('./editor.ts');
    await editorBench();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
  }
}
