// The library: shipped scenarios as cards, the language switch, and opening
// scenario files — an invalid one shows its diagnostics, a hostile one is
// shown as text and never run.
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { openLibrary } from './helpers.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/ui/${name}`, import.meta.url));

test('the library lists the shipped scenarios as cards', async ({ page }) => {
  await openLibrary(page, 'lang=en');
  await expect(page.getByRole('heading', { name: 'Scenario library', level: 1 })).toBeVisible();
  const cards = page.locator('article.scenario');
  expect(await cards.count()).toBeGreaterThanOrEqual(2);
  const video = cards.filter({ hasText: 'The Hot Days video' });
  await expect(video).toContainText('Language');
  await expect(video).toContainText('English');
  await expect(video).toContainText('2 h simulated');
  await expect(video).toContainText('medium');
  await expect(video.getByRole('button', { name: 'Open briefing: The Hot Days video', exact: true })).toBeVisible();
  // The Finnish version is there too.
  await expect(cards.filter({ hasText: 'Video Kuumilta päiviltä' }).first()).toBeVisible();
});

test('the UI language switches anywhere and is remembered', async ({ page }) => {
  await openLibrary(page, 'lang=en');
  await page.getByRole('button', { name: /^FI/ }).click();
  await expect(page.getByRole('heading', { name: 'Skenaariokirjasto', level: 1 })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Skenaariokirjasto', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await page.getByRole('button', { name: /^EN/ }).click();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Scenario library', level: 1 })).toBeVisible();
});

test('an invalid scenario file shows its diagnostics with line, column and hint', async ({ page }) => {
  await openLibrary(page, 'lang=en');
  await page.getByTestId('scenario-file').setInputFiles(fixture('broken.yaml'));
  await expect(page.getByRole('alert')).toContainText('broken.yaml has 3 problems');
  const diag = page.locator('.diag');
  await expect(diag).toHaveCount(3);
  const persona = diag.filter({ hasText: 'There is no persona `nobody`.' });
  await expect(persona).toContainText('broken.yaml:18:9');
  await expect(persona).toContainText('line 18, column 9');
  await expect(persona).toContainText('Hint: The personas are `maija`.');
  const typo = diag.filter({ hasText: 'sevrity' });
  await expect(typo).toContainText('Did you mean `severity`?');
  await expect(typo.locator('pre.frame')).toContainText('sevrity: high');
  await expect(diag.filter({ hasText: 'twenty minutes' })).toContainText('line 30, column 33');
});

test('in a Finnish UI the diagnostics are in Finnish', async ({ page }) => {
  await openLibrary(page, 'lang=fi');
  await page.getByTestId('scenario-file').setInputFiles(fixture('broken.yaml'));
  const persona = page.locator('.diag').filter({ hasText: 'Skenaariossa ei ole henkilöä `nobody`.' });
  await expect(persona).toContainText('rivi 18, sarake 9');
  await expect(persona).toContainText('Vihje: Skenaarion henkilöt ovat `maija`.');
  await expect(page.locator('.diag').filter({ hasText: 'sevrity' })).toContainText('Tarkoititko `severity`?');
});

test('scenario text is shown as text, never run as HTML', async ({ page }) => {
  await openLibrary(page, 'lang=en&speed=600');
  await page.getByTestId('scenario-file').setInputFiles(fixture('xss.yaml'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Markup <img src=x onerror=window.__xss=1> in the title');
  await expect(page.getByText('The summary holds <script>window.__xss=2</script>', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByText('My order is late <img src=x onerror=window.__xss=1> and <script>window.__xss=2</script>!')).toBeVisible();
  await expect(page.getByText('Comment? <img src=x onerror=window.__xss=1>')).toBeVisible();
  await expect(page.getByText('Phase: Spark <img src=x onerror=window.__xss=1>')).toBeVisible();
  await page.getByRole('button', { name: /^Reply to Maija/ }).click();
  await page.getByRole('button', { name: 'Use quick reply: Quick <img src=x onerror=window.__xss=1>' }).click();
  await expect(page.getByRole('textbox', { name: 'Your reply' })).toHaveValue('Sorry <script>window.__xss=2</script>');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.locator('.thread').getByText('Sorry <script>window.__xss=2</script>')).toBeVisible();
  // No element was made from the scenario's markup, and nothing ran.
  expect(await page.locator('img[src="x"], main script, b, i').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});
