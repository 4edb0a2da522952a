// Each screen has an address: a reload stays on it, and the browser's back
// and forward move between screens as a person expects.
import { expect, test } from '@playwright/test';
import { endDrill } from './helpers.ts';

test('screens have addresses: back, forward and reload stay where the person is', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page).toHaveURL(/#library$/);
  await page.getByRole('button', { name: /: The Hot Days video$/ }).click();
  await expect(page).toHaveURL(/#briefing\/scenarios\/shop-video\.en\.yaml$/);
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/#library$/);
  await expect(page.getByRole('button', { name: /: The Hot Days video$/ })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();

  for (const [nav, hash] of [
    ['History', 'history'],
    ['Team drill', 'team'],
    ['Debrief', 'debrief'],
    ['Studio', 'studio'],
  ] as const) {
    await page.getByRole('button', { name: nav, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#${hash}$`));
    await page.reload();
    await expect(page).toHaveURL(new RegExp(`#${hash}$`));
    await expect(page.getByRole('button', { name: nav, exact: true })).toHaveAttribute('aria-current', 'page');
  }
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Debrief', exact: true })).toHaveAttribute('aria-current', 'page');

  // A drill and its scorecard: reload stays in the drill; after the end, back does not return to the ended drill.
  await page.goto('/?lang=en&seed=3#library');
  await page.getByRole('button', { name: /: The Hot Days video$/ }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page).toHaveURL(/#drill$/);
  await expect(page.getByTestId('clock')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('clock')).toBeVisible();
  await endDrill(page);
  await expect(page.getByTestId('score-total')).toBeVisible();
  await expect(page).toHaveURL(/#scorecard\//);
  await page.reload();
  await expect(page.getByTestId('score-total')).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId('clock')).toHaveCount(0);
});
