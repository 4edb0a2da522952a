// Nothing is lost: every action is saved at once, and a reload mid-drill
// resumes at the same simulated time with the same feed and log. A store
// that cannot save says so.
import { expect, test, type Page } from '@playwright/test';
import { openLibrary, reply, runUntil, simNow, startScenario } from './helpers.ts';

const MIN = 60_000;

async function feed(page: Page): Promise<{ posts: string[]; texts: string[] }> {
  const posts = await page.locator('[data-post]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.post!));
  const texts = await page.locator('.thread .text').allInnerTexts();
  return { posts, texts };
}

test('a reload mid-drill resumes at the same simulated time with the same feed and log', async ({ page }) => {
  await openLibrary(page, 'lang=en&speed=600&seed=9');
  await startScenario(page, 'A Christmas promise in the chat');
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await reply(
    page,
    /^Reply to Sanna Heikkinen/,
    'Hi Sanna, we are sorry – we broke our promise. I will check your order 48213 and message you here within 30 minutes. – Aino',
  );
  await runUntil(page, 30 * MIN);
  const before = { clock: await page.getByTestId('clock').innerText(), ...(await feed(page)) };
  expect(before.posts.length).toBeGreaterThan(2);
  expect(before.texts.join('\n')).toContain('we broke our promise');

  await page.reload();
  await expect(page.getByText(/The drill was restored at/)).toBeVisible();
  await expect(page.getByTestId('clock')).toHaveText(before.clock);
  const after = await feed(page);
  expect(after.posts).toEqual(before.posts);
  expect(after.texts).toEqual(before.texts);

  // Running, then reloaded without pausing: the time is kept (saved on page hide).
  await page.getByRole('button', { name: 'Resume', exact: true }).first().click();
  await expect.poll(() => simNow(page)).toBeGreaterThan(35 * MIN);
  const seen = await simNow(page);
  await page.reload();
  await expect(page.getByText(/The drill was restored at/)).toBeVisible();
  expect(await simNow(page)).toBeGreaterThanOrEqual(seen);
  await expect(page.locator('.thread').getByText('we broke our promise')).toBeVisible();

  // A new visit offers the drill in the library instead.
  const context = page.context();
  const other = await context.newPage();
  await other.goto('/?lang=en');
  await expect(other.getByRole('heading', { name: 'Drill in progress' })).toBeVisible();
  await other.getByRole('button', { name: 'Resume drill', exact: true }).click();
  await expect(other.locator('.thread').getByText('we broke our promise')).toBeVisible();
});

test('storage that cannot save gets a clear message', async ({ page }) => {
  await openLibrary(page, 'lang=en&speed=60&storage=full');
  await startScenario(page, 'The Hot Days video');
  await expect(page.getByTestId('storage-problem')).toContainText('Browser storage is full');
  await page.goto('/?lang=en&storage=unavailable');
  await startScenario(page, 'The Hot Days video');
  await expect(page.getByTestId('storage-problem')).toContainText('Browser storage is not available');
});
