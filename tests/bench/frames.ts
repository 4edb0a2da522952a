// Frame times of the drill under a scripted storm, in real Chromium: 2,000
// posts arriving 20 per simulated second, then the full feed at top speed.
// Serves dist/ with vite preview on a free loopback port.
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

export async function frameFigures(root: string): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('\nframes: no Chromium found (run `node scripts/ensure-chromium.mjs`)');
    return;
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
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}

function report(label: string, { gaps, longTasks }: Gaps): void {
  const sorted = [...gaps].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))].toFixed(1);
  const longest = longTasks.length ? Math.max(...longTasks) : 0;
  console.log(
    `${label}: ${sorted.length} frames, median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms; long tasks ${longTasks.length} (longest ${longest} ms)`,
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
