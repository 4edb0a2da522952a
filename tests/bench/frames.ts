// Frame times of the drill under a scripted storm, in real Chromium: 2,000
// posts arriving 20 per simulated second, then the full feed at top speed.
// Serves dist/ with vite preview on a free loopback port.
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { findChromium } from '../../scripts/chromium-path.mjs';
import { stormYaml } from '../e2e/storm.ts';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

interface Gaps {
  gaps: number[];
  longTasks: number[];
}

export interface StormFigures {
  /** 95th percentile of the frame gaps while the storm arrives. */
  p95: number;
  /** The longest task of the whole storm run. */
  longestTask: number;
}

/** Chromium for the storm: found, or installed as the browser tests do (scripts/ensure-chromium.mjs). */
function chromiumPath(root: string): string | null {
  const found = findChromium();
  if (found) return found;
  try {
    execFileSync(process.execPath, ['scripts/ensure-chromium.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    return null;
  }
  return findChromium();
}

export async function frameFigures(root: string): Promise<StormFigures | null> {
  const executablePath = chromiumPath(root);
  if (!executablePath) {
    console.error('\nframes: no Chromium found, and none could be installed (scripts/ensure-chromium.mjs); storm figures are null');
    return null;
  }
  const server = await preview({ root, logLevel: 'silent', preview: { host: '127.0.0.1', port: 0 } });
  const url = server.resolvedUrls?.local[0];
  const browser = await chromium.launch({ executablePath, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${url}?lang=en&speed=10&seed=1`);
    await page
      .getByTestId('scenario-file')
      .setInputFiles({ name: 'storm.yaml', mimeType: 'text/yaml', buffer: Buffer.from(stormYaml(2000, 20)) });
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByTestId('clock').waitFor();
    const arriving = await gapsFor(page, 5000);
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('600');
    await page.waitForFunction('document.querySelectorAll("[data-post]").length > 100', null, { timeout: 60_000 });
    const full = await gapsFor(page, 4000);
    console.log('\nframes (1920×1080, Chromium, software rendering):');
    report('  storm arriving (200 posts per real second)', arriving);
    report('  2,000 posts in the feed, top speed', full);
    return { p95: quantile(arriving.gaps, 0.95), longestTask: Math.max(0, ...arriving.longTasks, ...full.longTasks) };
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}

function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
}

function report(label: string, { gaps, longTasks }: Gaps): void {
  const at = (q: number) => quantile(gaps, q).toFixed(1);
  const longest = longTasks.length ? Math.max(...longTasks) : 0;
  console.log(
    `${label}: ${gaps.length} frames, median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms; long tasks ${longTasks.length} (longest ${longest} ms)`,
  );
}

// Plain JavaScript text: tsx would wrap a TypeScript function with helpers
// that do not exist in the page.
const MEASURE = `async (duration) => {
  const longTasks = [];
  const obs = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(Math.round(e.duration))));
  try { obs.observe({ type: 'longtask', buffered: false }); } catch { /* not supported */ }
  const gaps = [];
  let last = performance.now();
  const end = last + duration;
  await new Promise((done) => {
    const tick = (t) => { gaps.push(t - last); last = t; if (t < end) requestAnimationFrame(tick); else done(); };
    requestAnimationFrame(tick);
  });
  obs.disconnect();
  return { gaps, longTasks };
}`;

function gapsFor(page: import('@playwright/test').Page, ms: number): Promise<Gaps> {
  return page.evaluate(`(${MEASURE})(${ms})`) as Promise<Gaps>;
}
