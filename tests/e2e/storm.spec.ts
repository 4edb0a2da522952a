// Smooth under a storm: 2,000 posts arriving 20 per simulated second, then
// the clock at top speed with all of them in the feed. Frames are measured
// in the page; lists render a window with "show more".
import { expect, test, type Page } from '@playwright/test';
import { openLibrary } from './helpers.ts';
import { stormYaml } from './storm.ts';

/** Record animation-frame gaps and long tasks for `ms` real milliseconds. */
async function measure(page: Page, ms: number): Promise<{ frames: number; p95: number; max: number; longTasks: number[] }> {
  return page.evaluate(async (duration) => {
    const long: number[] = [];
    const obs = new PerformanceObserver((list) => list.getEntries().forEach((e) => long.push(Math.round(e.duration))));
    try {
      obs.observe({ type: 'longtask', buffered: false });
    } catch {
      /* not supported */
    }
    const gaps: number[] = [];
    let last = performance.now();
    const end = last + duration;
    await new Promise<void>((done) => {
      const tick = (t: number) => {
        gaps.push(t - last);
        last = t;
        if (t < end) requestAnimationFrame(tick);
        else done();
      };
      requestAnimationFrame(tick);
    });
    obs.disconnect();
    gaps.sort((a, b) => a - b);
    return { frames: gaps.length, p95: gaps[Math.floor(gaps.length * 0.95)], max: gaps[gaps.length - 1], longTasks: long };
  }, ms);
}

test('2,000 posts at 20 per simulated second stay smooth', async ({ page }) => {
  test.setTimeout(120_000);
  await openLibrary(page, 'lang=en&speed=10&seed=1');
  await page.getByTestId('scenario-file').setInputFiles({ name: 'storm.yaml', mimeType: 'text/yaml', buffer: Buffer.from(stormYaml(2000, 20)) });
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByTestId('clock')).toBeVisible();

  // The storm arrives: 200 posts per real second at this speed.
  const arriving = await measure(page, 4000);
  console.log('arriving', JSON.stringify(arriving));
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('600');
  await expect.poll(() => page.locator('[data-post]').count(), { timeout: 30_000 }).toBeGreaterThan(100);
  await expect(page.getByRole('button', { name: /^Show more \(\d+ older\)$/ }).first()).toBeVisible();
  await expect(page.getByText(/^Storm page/).first()).toBeVisible();

  // All 2,000 in the feed, the clock at top speed: counters and the meter keep moving.
  const full = await measure(page, 3000);
  console.log('full', JSON.stringify(full));
  // Measured here (2 cores, software rendering): p95 about 33 ms while
  // 200 posts a second pour in, 17 ms with the full feed at top speed; on a
  // machine busy with other work, up to 67 ms and 33 ms. The limits leave
  // room for that but catch a real regression (before windowing,
  // content-visibility and adaptive refresh: 60–80 ms on every refresh).
  expect(arriving.p95).toBeLessThan(100);
  expect(full.p95).toBeLessThan(50);
  expect(Math.max(0, ...arriving.longTasks, ...full.longTasks)).toBeLessThan(300);

  // Channels out of view show "new" badges and a notice.
  await expect(page.locator('[data-testid^="badge-"]').first()).toBeVisible();
  await expect(page.locator('[data-testid^="notice-"]').first()).toContainText('New on Storm');

  // The trainee can still work: pause, select, reply.
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  // The UI language switches mid-drill, too.
  await page.getByRole('button', { name: /^FI/ }).click();
  await expect(page.getByRole('button', { name: 'Jatka', exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: /^EN/ }).click();
  const started = Date.now();
  await page.getByRole('button', { name: /^Reply to Person 1 / }).first().click();
  await page.getByRole('textbox', { name: 'Your reply' }).fill('Hi, we are sorry. We are on it.');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByText('Reply sent.')).toBeVisible();
  expect(Date.now() - started).toBeLessThan(3000);
  await page.screenshot({ path: 'screenshots/drill-storm-2000.png' });
  // Rendering is windowed: far fewer post elements than posts.
  expect(await page.locator('[data-post]').count()).toBeLessThanOrEqual(7 * 20);
});
