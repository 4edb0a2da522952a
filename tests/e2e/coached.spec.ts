// Coached and exam drills: the briefing offers both (coached first), the
// coached drill cues escalation with the signals once the crisis has
// outgrown the level reached — the cue goes when the trainee escalates —
// the exam never cues, and the scorecard says which mode was played.
import { expect, test } from '@playwright/test';
import { accessible, endDrill, escalate, openLibrary, pause, resume, simNow } from './helpers.ts';

test('a coached drill cues escalation with its signals; escalating ends the cue; the scorecard names the mode', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openLibrary(page, 'lang=en&speed=300&seed=11');
  await page.getByRole('button', { name: /: The Hot Days video$/ }).click();
  await expect(page.getByRole('radio', { name: /^Coached/ })).toBeChecked();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByTestId('clock')).toBeVisible();

  const cue = page.getByTestId('coach-cue');
  await resume(page);
  await expect(cue).toBeVisible({ timeout: 60_000 });
  await pause(page);
  await expect(cue).toContainText('Coach: time to escalate?');
  await expect(cue).toContainText(/Shared \d+ times/);
  const level = /This now calls for: (.+)\./.exec(await cue.innerText())![1];
  await page.screenshot({ path: 'screenshots/drill-coach-cue-1366.png' });
  await accessible(page, 'drill with the coach’s cue');

  // The cue's button (or E) takes the trainee to the ladder.
  await cue.getByRole('button', { name: 'To the escalation ladder' }).click();
  await expect(page.getByRole('radio', { name: /Customer service|Communications|Top management/ }).first()).toBeFocused();
  await escalate(page, level, 'The video is spreading');
  await expect(cue).toBeHidden();

  await endDrill(page);
  await expect(page.getByTestId('result-mode')).toHaveText('Mode: Coached');
});

test('an exam drill never cues, and says so on the scorecard, in Finnish too', async ({ page }) => {
  test.setTimeout(120_000);
  await openLibrary(page, 'lang=fi&speed=300&seed=11');
  await page.getByRole('button', { name: /: Video Kuumilta päiviltä$/ }).click();
  await page.getByRole('radio', { name: /^Koe/ }).check();
  await page.getByRole('button', { name: 'Aloita', exact: true }).click();
  await expect(page.getByTestId('clock')).toBeVisible();
  // Well past the moment the coached drill above cued (the same seed and pace).
  await resume(page, 'Jatka');
  await expect.poll(() => simNow(page), { timeout: 60_000, intervals: [100] }).toBeGreaterThanOrEqual(40 * 60_000);
  await pause(page, 'Tauko');
  await expect(page.getByTestId('coach-cue')).toHaveCount(0);
  await endDrill(page, { end: 'Lopeta harjoitus', confirm: 'Lopeta ja katso tulokset' });
  await expect(page.getByTestId('result-mode')).toHaveText('Pelitapa: Koe');
});
