// Shared steps for the browser tests: open a scenario, read and drive the
// simulated clock, and act through the UI as a trainee would.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** H:MM:SS → milliseconds. */
export function parseClock(text: string): number {
  const [h, m, s] = text.trim().split(':').map(Number);
  return ((h * 60 + m) * 60 + s) * 1000;
}

export async function simNow(page: Page): Promise<number> {
  return parseClock(await page.getByTestId('clock').innerText());
}

export async function openLibrary(page: Page, query = ''): Promise<void> {
  await page.goto(`/?${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** From the library: the scenario's briefing, then Start. */
export async function startScenario(page: Page, title: string, startLabel = 'Start'): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`: ${escape(title)}$`) }).click();
  await page.getByRole('button', { name: startLabel, exact: true }).click();
  await expect(page.getByTestId('clock')).toBeVisible();
}

export async function pause(page: Page, label = 'Pause'): Promise<void> {
  const button = page.getByRole('button', { name: label, exact: true });
  if (await button.isVisible()) await button.click();
}

/** Start the clock if it is paused. */
export async function resume(page: Page, label = 'Resume'): Promise<void> {
  const button = page.getByRole('button', { name: label, exact: true }).first();
  if (await button.isVisible()) await button.click();
}

/** Let the clock run until the simulated time reaches `ms`, then pause. */
export async function runUntil(page: Page, ms: number, labels = { pause: 'Pause', resume: 'Resume' }): Promise<void> {
  if ((await simNow(page)) < ms) {
    await resume(page, labels.resume);
    await expect.poll(() => simNow(page), { timeout: 60_000, intervals: [50] }).toBeGreaterThanOrEqual(ms);
  }
  await pause(page, labels.pause);
}

/** Let the clock run until a post's reply button shows up, then pause. */
export async function runUntilPost(page: Page, replyLabel: RegExp, labels = { pause: 'Pause', resume: 'Resume' }): Promise<void> {
  const button = page.getByRole('button', { name: replyLabel }).first();
  if (!(await button.isVisible())) {
    await resume(page, labels.resume);
    await expect(button).toBeVisible({ timeout: 60_000 });
  }
  await pause(page, labels.pause);
}

/** Select a post, write (or pick) a reply and send it. */
export async function reply(
  page: Page,
  replyLabel: RegExp,
  text: string,
  opts: { private?: boolean; followUp?: boolean } = {},
): Promise<void> {
  // The first match in page order: channels are laid out left to right.
  await page.getByRole('button', { name: replyLabel }).first().click();
  if (opts.private) await page.getByRole('radio', { name: 'By private message' }).check();
  const follow = page.getByRole('checkbox', { name: 'Follow-up on your promise' });
  if (opts.followUp !== undefined && (await follow.isVisible())) await follow.setChecked(opts.followUp);
  await page.getByRole('textbox', { name: 'Your reply' }).fill(text);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Reply sent.' })).toBeVisible();
}

export async function escalate(page: Page, level: string, note: string): Promise<void> {
  await page.getByRole('radio', { name: new RegExp(`^\\d?\\s*${escape(level)}`) }).check();
  await page.getByRole('textbox', { name: 'Short note' }).fill(note);
  await page.getByRole('button', { name: `Escalate to ${level}`, exact: true }).click();
  await expect(page.getByText(`Escalated to: ${level}.`)).toBeVisible();
}

export async function statement(page: Page, text: string, signedBy: string): Promise<void> {
  await page.getByRole('button', { name: 'Publish a statement', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Public statement' });
  await dialog.getByRole('textbox', { name: 'Statement text' }).fill(text);
  await dialog.getByRole('textbox', { name: 'Signed by' }).fill(signedBy);
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** The trainee ends the drill: one confirmation, then straight to the scorecard. */
export async function endDrill(page: Page, labels = { end: 'End drill', confirm: 'End and see the scorecard' }): Promise<void> {
  await page.getByRole('button', { name: labels.end, exact: true }).first().click();
  await page.getByRole('dialog', { name: labels.end }).getByRole('button', { name: labels.confirm, exact: true }).click();
  await expect(page.getByTestId('score-total')).toBeVisible();
}

/** The drill has ended (by any route): go to the scorecard. */
export async function toScorecard(page: Page): Promise<void> {
  const total = page.getByTestId('score-total');
  const dialog = page.getByRole('dialog', { name: 'The drill has ended' });
  await expect(total.or(dialog)).toBeVisible({ timeout: 60_000 });
  if (await total.isVisible()) return;
  await dialog.getByRole('button', { name: 'See the scorecard', exact: true }).click();
  await expect(total).toBeVisible();
}

export async function total(page: Page): Promise<number> {
  return Number(await page.getByTestId('score-total').innerText());
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** No serious or critical axe-core violations on this page. */
export async function accessible(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const where = (v: (typeof violations)[number]) =>
    v.nodes
      .map((n) => n.target.join(' '))
      .slice(0, 4)
      .join(', ');
  expect(
    bad.map((v) => `${v.id}: ${v.help} — ${where(v)}`),
    what,
  ).toEqual([]);
}
