// The studio's feedback time after a keystroke in a 1,000-line scenario:
// the pure work the browser does before the diagnostics, the diagram and
// the replayed playtest are up to date — loadScenario (parse, validate,
// compile), the diagram layout and the replay of a recorded playtest log
// with its scores and diff. Measured in Node; the browser adds rendering.
// Figures, not pass/fail. The lead calls editorBench() from run.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDocument } from 'yaml';
import { loadScenario, loadScript } from '../../src/engine/authoring.ts';
import { replay, scoreRun, type Action, type ScenarioModel } from '../../src/engine/play.ts';
import { layoutCached, layoutScenario } from '../../src/ui/studio/diagram/layout.ts';
import { diffRuns, summarise } from '../../src/ui/studio/playtest/run-diff.ts';
import { generateScenario } from './generate.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const M = 60_000;
const RUNS = 15;
const TARGET_MS = 100;

/** shop-video with extra posts (long texts, as real scenarios have) until it is `lines` long. */
function paddedShopVideo(lines: number): string {
  const doc = parseDocument(readFileSync(resolve(ROOT, 'scenarios/shop-video.en.yaml'), 'utf8'));
  const posts = doc.get('posts') as { items: unknown[]; add: (v: unknown) => void };
  const spark = (doc.get('phases') as { items: { get: (k: string) => { add: (v: unknown) => void } }[] }).items[0].get('posts');
  for (let i = 0; doc.toString().split('\n').length < lines; i++) {
    posts.add(
      doc.createNode({
        id: `extra${i}`,
        by: 'katri',
        on: 'page',
        severity: 'low',
        company_at_fault: true,
        text: `Extra comment ${i}: the queue was long, and nobody at the checkout seemed to care about the customers waiting there.\nAnother line of the same comment.\n`,
        reference_answer: `Hi Katri, I'm sorry about the wait (${i}). We will look at the checkout staffing.\nBest, Pyry\n`,
      }),
    );
    spark.add(doc.createNode({ post: `extra${i}`, at: `${(i % 10) + 1}m` }));
  }
  return doc.toString();
}

/** A recorded playtest: public replies to posts as they appear, an escalation now and then. */
function recordedLog(model: ScenarioModel, count: number): Action[] {
  const s = replay(model, 1, [], 90 * M);
  const posts = s.appeared;
  return posts
    .slice(0, count)
    .map((a, i): Action =>
      i % 8 === 7
        ? { type: 'escalate', at: a.at + 30_000, level: 1, note: '' }
        : {
            type: 'reply',
            at: a.at + 30_000 + i,
            post: a.post,
            text: `Hi, we apologise (${i}). We will make this right.\nBest, Pyry`,
            visibility: 'public',
          },
    )
    .sort((x, y) => x.at - y.at);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Returns the median feedback time after a keystroke, ms. */
function measure(name: string, text: string, log: Action[], word: string): number {
  const base = loadScenario(text, 'bench.yaml').model;
  if (!base) throw new Error(`${name}: the bench scenario does not load`);
  const before = (() => {
    const s = replay(base, 1, log, 30 * M);
    return summarise(s, log, scoreRun(s.record()));
  })();
  const parts = {
    load: [] as number[],
    layout: [] as number[],
    layoutFresh: [] as number[],
    replay: [] as number[],
    total: [] as number[],
  };
  const anchor = text.indexOf(word);
  if (anchor < 0) throw new Error(`${name}: no "${word}" to type into`);
  for (let i = 0; i < RUNS + 2; i++) {
    // A keystroke: one more character in a text, so nothing can be cached by the text.
    const typed = `${text.slice(0, anchor)}${'x'.repeat(i + 1)}${text.slice(anchor)}`;
    const t0 = performance.now();
    const { model } = loadScenario(typed, 'bench.yaml');
    if (!model) throw new Error(`${name}: the typed text does not load`);
    const t1 = performance.now();
    layoutCached(model);
    const t2 = performance.now();
    const s = replay(model, 1, log, 30 * M);
    diffRuns(before, summarise(s, log, scoreRun(s.record())), log);
    const t3 = performance.now();
    layoutScenario(model);
    const t4 = performance.now();
    if (i < 2) continue; // warm-up
    parts.load.push(t1 - t0);
    parts.layout.push(t2 - t1);
    parts.replay.push(t3 - t2);
    parts.layoutFresh.push(t4 - t3);
    parts.total.push(t3 - t0);
  }
  const f = (xs: number[]) => `${median(xs).toFixed(1).padStart(6)} ms`;
  const total = median(parts.total);
  const worst = median(parts.total) - median(parts.layout) + median(parts.layoutFresh);
  console.log(
    `  ${name}: ${text.split('\n').length} lines, ${base.phases.length} phases, ${base.posts.length} posts; replaying ${log.length} actions (median of ${RUNS})`,
  );
  console.log(`    diagnostics (loadScenario) ${f(parts.load)}`);
  console.log(`    diagram layout             ${f(parts.layout)}   (${f(parts.layoutFresh).trim()} when the graph's shape changed)`);
  console.log(`    replayed playtest + diff   ${f(parts.replay)}`);
  console.log(
    `    total after a keystroke    ${f(parts.total)}   ${total <= TARGET_MS ? '✓' : '✗'} target ${TARGET_MS} ms; ${worst.toFixed(1)} ms when the graph's shape changed`,
  );
  return total;
}

/** The studio's check of a 1,000-line scenario after a keystroke, ms (the padded shop-video), and its text. */
export async function editorBench(): Promise<{ checkMs: number; text: string }> {
  console.log(`\nstudio feedback after a keystroke (pure parts, Node; the editor waits ${250} ms of quiet before checking):`);
  const generated = generateScenario(34, 3);
  const genModel = loadScenario(generated, 'g.yaml').model!;
  measure('generated chain (tests/bench/generate.ts)', generated, recordedLog(genModel, 40), 'palvelu oli');
  const padded = paddedShopVideo(1000);
  const model = loadScenario(padded, 'p.yaml').model!;
  const expert = loadScript(
    readFileSync(resolve(ROOT, 'scenarios/scripts/shop-video.en.expert.yaml'), 'utf8'),
    'expert.yaml',
    model,
  ).script;
  const checkMs = measure('shop-video padded with extra posts', padded, expert?.actions ?? recordedLog(model, 20), 'close to tears');
  return { checkMs, text: padded };
}

if (import.meta.url === `file://${process.argv[1]}`) await editorBench();
