// Keyboard focus in the drill (issue 12, item 1): single-letter shortcuts
// never fire while the player means to type, and the reply box holds the
// focus it was opened for. Also: a reload keeps the open composer and its
// draft (item 6). Both languages.
import { expect, test, type Page } from '@playwright/test';
import { openLibrary } from './helpers.ts';

const L = {
  en: {
    title: 'The Hot Days video',
    start: 'Start',
    box: 'Your reply',
    sent: 'Reply sent.',
    maija: /^Reply to Maija Lehtonen/,
    restored: /The drill was restored at/,
    // Letters that are also shortcuts: s (statement), e (escalate), p (pause), d (delete), h (hide), q, f, m, n, j, k, r.
    reply:
      "Hi Maija, we apologise: speaking to you like that in front of the queue was wrong. We'll phone you quickly; keep the coat, or return it. Best, Pyry",
  },
  fi: {
    title: 'Video Kuumilta päiviltä',
    start: 'Aloita',
    box: 'Vastauksesi',
    sent: 'Vastaus lähetetty.',
    maija: /^Vastaa: Maija Lehtonen/,
    restored: /Harjoitus palautettiin kohtaan/,
    reply:
      'Hei Maija, pyydämme anteeksi: myyjämme puhui sinulle nöyryyttävästi koko jonon edessä, eikä se ole hyväksyttävää. Soitamme sinulle pian; palauta takki, jos haluat. Terveisin, Pyry',
  },
} as const;

async function start(page: Page, lang: 'fi' | 'en'): Promise<void> {
  await openLibrary(page, `lang=${lang}&seed=4`);
  await page.getByRole('button', { name: new RegExp(`: ${L[lang].title}$`) }).click();
  await page.getByRole('button', { name: L[lang].start, exact: true }).click();
  await expect(page.getByTestId('clock')).toBeVisible();
}

for (const lang of ['en', 'fi'] as const) {
  test(`j five times, Enter, r, then a whole reply typed: every letter lands in the reply (${lang})`, async ({ page }) => {
    const l = L[lang];
    await start(page, lang);
    // The sequence from the report, with the clock running.
    for (let i = 0; i < 5; i++) await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.keyboard.press('r');
    const box = page.getByRole('textbox', { name: l.box });
    await expect(box).toBeFocused();
    await page.keyboard.type(l.reply);
    await expect(box).toBeFocused();
    await expect(page.locator('dialog[open]')).toHaveCount(0);
    // While the reply is being written the clock runs at the writing pace, and says so (issue 12, item 2).
    await expect(page.getByTestId('writing-pace')).toBeVisible();
    await page.keyboard.press('Control+Enter');
    await expect(page.getByRole('status').filter({ hasText: l.sent })).toBeVisible();
    await expect(page.getByTestId('writing-pace')).toHaveCount(0);
    // The text went to Maija's thread as a reply; nothing became a statement, an escalation or a removal.
    await expect(page.locator('[data-post="video"] .thread')).toContainText(l.reply);
    await expect(page.locator('[data-channel] .statement')).toHaveCount(0);
    await expect(page.locator('[data-post="video"]')).not.toHaveClass(/deleted|hidden/);
    await expect(page.getByTestId('clock')).toBeVisible();
  });

  test(`the reply box takes the focus back when it drops to the page, and r with nothing chosen opens a waiting post (${lang})`, async ({
    page,
  }) => {
    const l = L[lang];
    await start(page, lang);
    // Focus on the page, no post chosen: r opens the composer on the post waiting for an answer.
    await page.locator('body').focus();
    await page.keyboard.press('r');
    const box = page.getByRole('textbox', { name: l.box });
    await expect(box).toBeFocused();
    await expect(page.getByTestId('composer-target')).toContainText('Maija Lehtonen');
    await page.keyboard.type('Hei ');
    // The focus falls to the page without the player moving it (as when the element it was on is redrawn).
    await box.evaluate((el) => (el as HTMLElement).blur());
    await expect(box).toBeFocused();
    await page.keyboard.type('sepdhq');
    await expect(box).toHaveValue('Hei sepdhq');
    await expect(page.locator('dialog[open]')).toHaveCount(0);
  });

  test(`a reload keeps the open composer and the typed draft (${lang})`, async ({ page }) => {
    const l = L[lang];
    await start(page, lang);
    await page.getByRole('button', { name: l.maija }).first().click();
    const box = page.getByRole('textbox', { name: l.box });
    await expect(box).toBeFocused();
    await page.keyboard.type(l.reply.slice(0, 60));
    await page.reload();
    await expect(page.getByText(l.restored)).toBeVisible();
    await expect(page.getByTestId('composer-target')).toContainText('Maija Lehtonen');
    await expect(box).toHaveValue(l.reply.slice(0, 60));
    await expect(box).toBeFocused();
    await page.keyboard.type(l.reply.slice(60));
    await page.keyboard.press('Control+Enter');
    await expect(page.getByRole('status').filter({ hasText: l.sent })).toBeVisible();
    await expect(page.locator('[data-post="video"] .thread')).toContainText(l.reply);
  });
}
