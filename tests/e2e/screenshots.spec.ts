// Screenshots for a person to look at (saved under screenshots/, which git
// ignores): the library, the drill at full storm and the scorecard, in both
// languages, at 1366×768 (and the drill at 1920×1080).
import { expect, test } from '@playwright/test';
import { endDrill, openLibrary, reply, runUntil, startScenario, toScorecard } from './helpers.ts';

const MIN = 60_000;
const labels = {
  en: {
    pause: 'Pause',
    resume: 'Resume',
    start: 'Start',
    title: 'A Christmas promise in the chat',
    end: 'End drill',
    confirm: 'End and see the scorecard',
  },
  fi: {
    pause: 'Pysäytä',
    resume: 'Jatka',
    start: 'Aloita',
    title: 'Joululupaus chatissa',
    end: 'Lopeta harjoitus',
    confirm: 'Lopeta ja katso tulokset',
  },
} as const;

for (const lang of ['en', 'fi'] as const) {
  test(`screenshots in ${lang}`, async ({ page }) => {
    test.setTimeout(120_000);
    const L = labels[lang];
    await openLibrary(page, `lang=${lang}&speed=600&seed=3`);
    await page.screenshot({ path: `screenshots/library-${lang}.png` });

    await startScenario(page, L.title, L.start);
    // A careless trainee: one quick private answer in the chat, then nothing while the storm grows.
    await page.getByRole('button', { name: L.pause, exact: true }).click();
    if (lang === 'en') await reply(page, /^Reply to Sanna Heikkinen/, 'Please be patient, it is Christmas rush. We will get back to you.');
    // Well before the ending, so that a slow machine overshooting the pause cannot end the drill.
    await runUntil(page, 80 * MIN, L);
    await expect(page.locator('[data-post]').first()).toBeVisible();
    await page.screenshot({ path: `screenshots/drill-storm-${lang}.png` });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: `screenshots/drill-storm-${lang}-1920.png` });
    await page.setViewportSize({ width: 1366, height: 768 });

    await endDrill(page, L);
    await page.waitForTimeout(300); // the curve draws after chart.js loads
    await page.screenshot({ path: `screenshots/scorecard-${lang}.png` });
    await page.screenshot({ path: `screenshots/scorecard-${lang}-full.png`, fullPage: true });
    await page.locator('section.curve').screenshot({ path: `screenshots/curve-${lang}.png` });
  });
}

test("screenshot of a good run's scorecard", async ({ page }) => {
  await openLibrary(page, 'lang=en&speed=600&seed=5');
  await startScenario(page, 'The Hot Days video');
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await reply(
    page,
    /^Reply to Maija Lehtonen/,
    "Hi Maija. We apologise. Our sales assistant spoke to you in a humiliating way in front of the whole queue. We'll call you within an hour to make this right.\nBest, Pyry (Kaisla customer care)",
  );
  await runUntil(page, 20 * MIN);
  await endDrill(page);
  await toScorecard(page);
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'screenshots/scorecard-good-en-full.png', fullPage: true });
});
