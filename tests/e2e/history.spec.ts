// History: results are kept in the browser, exported as the engine's result
// JSON and imported back; files that are not results are refused clearly.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { endDrill, openLibrary, startScenario, toScorecard } from './helpers.ts';

test('a result exports as JSON and imports back into history', async ({ page }) => {
  await openLibrary(page, 'lang=en&speed=600&seed=8');
  await startScenario(page, 'The Hot Days video');
  await endDrill(page);
  await toScorecard(page);
  const shown = await page.getByTestId('score-total').innerText();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export result (JSON)', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^kohu-shop-video-en-.*\.json$/);
  const path = await download.path();
  const json = JSON.parse(readFileSync(path, 'utf8'));
  expect(json.kind).toBe('kohu-result');
  expect(json.format).toBe(3);
  expect(json.scenario.id).toBe('shop-video');
  expect(String(Math.round(json.scores.total))).toBe(shown);

  await page.getByRole('button', { name: 'To history', exact: true }).click();
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await page.getByTestId('result-file').setInputFiles(path);
  await expect(page.getByText('The result was imported.')).toBeVisible();
  await expect(page.locator('tbody tr')).toHaveCount(2);

  // A file that is not a result is refused with the engine's message.
  await page
    .getByTestId('result-file')
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"kind":"something-else"}') });
  await expect(page.getByText('The file is not a Kohu result.')).toBeVisible();
  await expect(page.locator('tbody tr')).toHaveCount(2);

  // The imported result opens as a scorecard.
  await page
    .getByRole('button', { name: /^Open scorecard: The Hot Days video/ })
    .first()
    .click();
  await expect(page.getByTestId('score-total')).toHaveText(shown);
});
