// Accessibility: no serious axe-core violations on any screen, and a whole
// drill played with the keyboard alone.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openLibrary, startScenario } from './helpers.ts';

async function serious(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n  ')}`,
  );
  expect(report, `${what}:\n${report.join('\n')}`).toEqual([]);
}

test('no serious axe violations on the library, briefing, drill, help, scorecard and history', async ({ page }) => {
  test.setTimeout(90_000);
  for (const lang of ['en', 'fi']) {
    await openLibrary(page, `lang=${lang}&speed=600&seed=2`);
    await serious(page, `library ${lang}`);
  }
  await page.getByRole('button', { name: /^EN/ }).click();
  await page.getByRole('button', { name: 'Open briefing: A Christmas promise in the chat', exact: true }).click();
  await serious(page, 'briefing');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect.poll(() => page.locator('[data-post]').count()).toBeGreaterThan(3);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page
    .getByRole('button', { name: /^Reply to Sanna Heikkinen/ })
    .first()
    .click();
  await serious(page, 'drill');
  await page.getByRole('button', { name: 'Keyboard shortcuts', exact: true }).click();
  await serious(page, 'help overlay');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'End drill', exact: true }).first().click();
  await page.getByRole('dialog', { name: 'End drill' }).getByRole('button', { name: 'End and see the scorecard', exact: true }).click();
  await expect(page.getByTestId('score-total')).toBeVisible();
  await page.waitForTimeout(300);
  await serious(page, 'scorecard');
  await page.getByRole('button', { name: 'To history', exact: true }).click();
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await serious(page, 'history');
});

test('a whole drill can be played with the keyboard alone', async ({ page }) => {
  test.setTimeout(90_000);
  await openLibrary(page, 'lang=en&speed=300&seed=4');
  // Library → briefing → start, by keyboard.
  const open = page.getByRole('button', { name: 'Open briefing: The Hot Days video', exact: true });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('clock')).toBeVisible();
  await page.keyboard.press('p'); // pause
  await expect(page.getByRole('button', { name: 'Resume', exact: true }).first()).toBeVisible();

  // Channel 1, first post, reply publicly.
  await page.keyboard.press('1');
  await expect(page.getByRole('button', { name: /^Reply to Maija Lehtonen/ })).toBeFocused();
  await page.keyboard.press('r');
  const box = page.getByRole('textbox', { name: 'Your reply' });
  await expect(box).toBeFocused();
  await page.keyboard.type(
    "Hi Maija, we apologise. Our sales assistant humiliated you in front of the queue – that was wrong. We'll call you within an hour. Best, Pyry",
  );
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Reply sent.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: /^Reply to Maija Lehtonen/ })).toBeFocused();

  // Escalate with the ladder: e, arrows to the level, Tab to the note, Enter on the button.
  await page.keyboard.press('e');
  await expect(page.getByRole('radio', { name: /^Top management/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Communications informed/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Spreading fast.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Escalated to: Communications informed.')).toBeVisible();

  // A statement: s, type, Ctrl+Enter.
  await page.locator('body').focus();
  await page.keyboard.press('s');
  const dialog = page.getByRole('dialog', { name: 'Public statement' });
  await expect(dialog.getByRole('textbox', { name: 'Statement text' })).toBeFocused();
  await page.keyboard.type('We apologise to Maija. Our sales assistant humiliated a customer, and that was wrong. We will make it right.');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();

  // Help overlay: ? opens, Esc closes.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();

  // Run on until Teemu writes; j/k move between posts; reply with a quick reply.
  await page.keyboard.press('p');
  await expect(page.getByRole('button', { name: /^Reply to Teemu Hakala/ })).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('p');
  await page.keyboard.press('1');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await expect(page.getByRole('button', { name: /^Reply to Teemu Hakala/ })).toBeFocused();
  await page.keyboard.press('q');
  await expect(page.getByRole('button', { name: 'Use quick reply: Thanks for the feedback' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // "Personal answer" fills the reply
  await expect(page.getByRole('textbox', { name: 'Your reply' })).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Reply sent.')).toBeVisible();
  await page.keyboard.press('Escape');

  // End the drill from the keyboard: Tab to "End drill", confirm, see the scorecard.
  const end = page.getByRole('button', { name: 'End drill', exact: true }).first();
  for (let i = 0; i < 40 && !(await end.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
  await expect(end).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  // One step: the confirmation goes straight to the scorecard.
  await expect(
    page.getByRole('dialog', { name: 'End drill' }).getByRole('button', { name: 'End and see the scorecard', exact: true }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('score-total')).toBeVisible();
  expect(Number(await page.getByTestId('score-total').innerText())).toBeGreaterThan(40);
});

test('the drill fits 1366×768 and 1920×1080 without page scroll', async ({ browser }) => {
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ]) {
    const page = await browser.newPage({ viewport: { width, height } });
    await openLibrary(page, 'lang=en&speed=60&seed=1');
    await startScenario(page, 'A Christmas promise in the chat');
    const size = await page.evaluate(() => ({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight }));
    expect(size.w).toBeLessThanOrEqual(width);
    expect(size.h).toBeLessThanOrEqual(height);
    await expect(page.getByRole('button', { name: 'End drill', exact: true })).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Publish a statement', exact: true })).toBeInViewport();
    await page.close();
  }
});
