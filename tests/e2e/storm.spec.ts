// Under a storm: 2,000 posts arriving 20 per simulated second, then the
// clock at top speed with all of them in the feed. The drill keeps working
// (windowed lists, badges, replying). Frame times are printed for the
// record; the figures to watch come from `npm run bench`, since a timed
// assertion would flake on a busy machine.
import { expect, test } from '@playwright/test';
import { openLibrary } from './helpers.ts';
import { stormYaml } from './storm.ts';
import { measureFrames } from './measure-frames.ts';

test('2,000 posts at 20 per simulated second: the drill keeps working', async ({ page }) => {
  test.setTimeout(120_000);
  await openLibrary(page, 'lang=en&speed=10&seed=1');
  await page
    .getByTestId('scenario-file')
    .setInputFiles({ name: 'storm.yaml', mimeType: 'text/yaml', buffer: Buffer.from(stormYaml(2000, 20)) });
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByTestId('clock')).toBeVisible();

  // The storm arrives: 200 posts per real second at this speed.
  const arriving = await measureFrames(page, 4000);
  console.log('arriving', JSON.stringify(arriving));
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('600');
  await expect.poll(() => page.locator('[data-post]').count(), { timeout: 30_000 }).toBeGreaterThan(100);
  await expect(page.getByRole('button', { name: /^Show more \(\d+ older\)$/ }).first()).toBeVisible();
  await expect(page.getByText(/^Storm page/).first()).toBeVisible();

  // All 2,000 in the feed, the clock at top speed: counters and the meter keep moving.
  const full = await measureFrames(page, 3000);
  console.log('full', JSON.stringify(full));
  // Channels out of view show "new" badges and a notice.
  await expect(page.locator('[data-testid^="badge-"]').first()).toBeVisible();
  await expect(page.locator('[data-testid^="notice-"]').first()).toContainText('New on Storm');

  // The trainee can still work: pause, select, reply.
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  // The UI language switches mid-drill, too.
  await page.getByRole('button', { name: /^FI/ }).click();
  await expect(page.getByRole('button', { name: 'Jatka', exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: /^EN/ }).click();
  await page
    .getByRole('button', { name: /^Reply to Person 1 / })
    .first()
    .click();
  await page.getByRole('textbox', { name: 'Your reply' }).fill('Hi, we are sorry. We are on it.');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByText('Reply sent.')).toBeVisible();
  await page.screenshot({ path: 'screenshots/drill-storm-2000.png' });
  // Rendering is windowed: far fewer post elements than posts.
  expect(await page.locator('[data-post]').count()).toBeLessThanOrEqual(7 * 20);
});
