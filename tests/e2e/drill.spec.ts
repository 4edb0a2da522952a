// Whole drills of a shipped scenario through the UI: an expert run and a
// careless one (late, private only, a deleted comment, an excuse). The
// scorecards must rank them right and name the right evidence.
import { expect, test, type Page } from '@playwright/test';
import { endDrill, escalate, openLibrary, reply, runUntil, runUntilPost, startScenario, statement, toScorecard, total } from './helpers.ts';

const MIN = 60_000;

const APOLOGY = `Hi Maija. We apologise. Our sales assistant spoke to you in a humiliating way in front of the whole queue, and no one should be treated like that at Kaisla. Of course we'll take the coat back, and we want to make this right. We'll call you within an hour: our store director Helena Saarinen wants to apologise to you in person too. I've sent you a private message where you can leave your number.
Best, Pyry (Kaisla customer care)`;

const STATEMENT = `We apologise to our customer Maija and to everyone who saw the video. Our sales assistant humiliated a customer at the checkout in Kaisla's Hot Days sale, and that was wrong. I have apologised to Maija in person and we will make it right. This week we go through how we treat customers with all our staff, and we add supervisors at the checkouts for the rest of the sale.`;

const TEEMU = `Hi Teemu, thank you for telling us. I'm sorry you were laughed at when you asked for a receipt for a sale item – it was a perfectly reasonable question, and the receipt is yours. Your message is now with the store's management, and it will be part of the review of how we treat customers that we're doing with the staff this week.
Best, Pyry`;

const SINI = `Hi Sini, thank you for your questions. 1) Yes. Store director Helena Saarinen has apologised to the customer publicly on the same page where the video was posted, and is calling her personally today. 2) The sales assistant's behaviour was wrong, and we apologise for it. We don't discuss an individual employee's HR matters in public. 3) We are adding supervisors at the checkouts for the rest of the Hot Days sale.
Kind regards, Pyry Laine, Kaisla department store`;

const FOLLOW = `Hi Maija, as promised: Helena Saarinen has just called you on the number you left. Thank you for talking with her – the coat is yours to return whenever suits you, and the refund is on its way.
Best, Pyry`;

const CARELESS = `We're sorry if you felt our customer service was unfriendly. Our stores are exceptionally busy during the Hot Days sale. Please send us a private message and we'll look into it.`;

async function expertRun(page: Page): Promise<void> {
  await startScenario(page, 'The Hot Days video');
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await reply(page, /^Reply to Maija Lehtonen/, APOLOGY);
  await escalate(page, 'Communications informed', 'The video is spreading on our page.');
  await statement(page, STATEMENT, 'Helena Saarinen, store director');
  await runUntilPost(page, /^Reply to Teemu Hakala/);
  await reply(page, /^Reply to Teemu Hakala/, TEEMU);
  await escalate(page, 'Communications leads', 'Journalists are asking; communications leads.');
  await runUntilPost(page, /^Reply to Sini Halme/);
  await reply(page, /^Reply to Sini Halme/, SINI);
  await reply(page, /^Reply to Maija Lehtonen .*\(0:00:00\)$/, FOLLOW, { followUp: true });
  // The follow-up closes the loop: the scenario reaches its good ending at once.
  await toScorecard(page);
}

async function carelessRun(page: Page): Promise<void> {
  await startScenario(page, 'The Hot Days video');
  await runUntil(page, 25 * MIN);
  await reply(page, /^Reply to Maija Lehtonen/, CARELESS, { private: true });
  await page.getByRole('button', { name: /^Reply to Teemu Hakala/ }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(page.locator('[data-post="copycat"]')).toContainText('Deleted');
  await endDrill(page);
  await toScorecard(page);
}

test('an expert run outscores a careless one, and each scorecard names its evidence', async ({ page }) => {
  test.setTimeout(120_000);
  await openLibrary(page, 'lang=en&speed=300&seed=11');
  await expertRun(page);
  const expert = await total(page);
  await expect(page.getByText('Good ending')).toBeVisible();
  const speed = page.locator('[data-dimension="speed"] [data-rule="speed.first-reply"]').filter({ hasText: 'Maija Lehtonen' });
  await expect(speed).toContainText('10 of 10 pts');
  await expect(
    page.locator('[data-dimension="publicness"] [data-rule="publicness.first-reply-public"]').filter({ hasText: 'Maija Lehtonen' }),
  ).toContainText('the first reply was public');
  // The expert's reference answers are shown beside the trainee's.
  await expect(page.getByRole('heading', { name: 'Expert answers' })).toBeVisible();
  await expect(page.locator('.reference .expert').first()).toContainText('We apologise');

  await page.getByRole('button', { name: 'To the library', exact: true }).click();
  await carelessRun(page);
  const careless = await total(page);
  expect(careless).toBeLessThan(expert);
  expect(expert - careless).toBeGreaterThan(20);
  for (const d of ['speed', 'honesty', 'publicness'] as const) {
    expect(Number(await page.getByTestId(`score-${d}`).innerText())).toBeLessThan(100);
  }
  // The deleted comment, the private-only answer, the reading of the excuse and the lateness are all named.
  await expect(page.locator('[data-rule="publicness.delete-criticism"]')).toContainText('Teemu Hakala');
  await expect(page.locator('[data-rule="publicness.first-reply-public"]').filter({ hasText: 'Maija Lehtonen' })).toContainText(
    'only by private message',
  );
  const excuse = page.locator('[data-rule="honesty.reply-reading"]').filter({ hasText: 'Maija Lehtonen' });
  await expect(excuse).toContainText('poor');
  await expect(excuse).toContainText('makes excuses instead of apologising');
  await expect(excuse.locator('mark').first()).toBeVisible();
  const late = page.locator('[data-rule="speed.first-reply"]').filter({ hasText: 'Maija Lehtonen' });
  await expect(late).toContainText(/the first reply \(a private message\) came 2\d min after the post/);
  await expect(late).not.toContainText('10 of 10 pts');

  // Both results are in the history, newest first.
  await page.getByRole('button', { name: 'To history', exact: true }).click();
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).locator('.total')).toHaveText(String(careless));
  await expect(rows.nth(1).locator('.total')).toHaveText(String(expert));
});
