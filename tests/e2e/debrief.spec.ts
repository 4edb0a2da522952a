// The group debrief with three real results of one scenario (engine output
// from tests/fixtures/results/generate.mjs): bad files are refused by name
// and leave the loaded ones alone; scores, curves and the timeline show;
// a facilitator's override changes the score, survives a reload and a
// JSON export/import round trip; the CSVs parse back with papaparse; and
// the print layout renders to a PDF (its pages converted to PNG for a
// person to look at, when pdftoppm is installed).
import { accessible } from './helpers.ts';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const HD = { width: 1920, height: 1080 };
const result = (name: string) => fileURLToPath(new URL(`../fixtures/results/${name}`, import.meta.url));
const TEAMS = ['Tiimi Äänekoski', 'Team Björk', 'Team Caro'];

/** Drop a file on the page the way a browser does: a drop event carrying a DataTransfer. */
async function dropFile(page: Page, path: string, name: string): Promise<void> {
  const text = readFileSync(path, 'utf8');
  const dt = await page.evaluateHandle(
    ({ name, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'application/json' }));
      return dt;
    },
    { name, text },
  );
  await page.dispatchEvent('main', 'dragover', { dataTransfer: dt });
  await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; path: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = `test-results/downloads/${d.suggestedFilename()}`;
  await d.saveAs(path);
  return { name: d.suggestedFilename(), path };
}

const totalOf = (page: Page, team: string) => page.locator(`li[data-team="${team}"] [data-testid="team-total"]`);

test('a group debrief of three teams: compare, step through, override, export, print', async ({ page }) => {
  test.setTimeout(120_000);
  mkdirSync('test-results/downloads', { recursive: true });
  page.on('dialog', (d) => void d.accept());
  await page.setViewportSize(HD);
  await page.goto('/?lang=en');
  await page.getByRole('button', { name: 'Debrief', exact: true }).click();

  // The debrief screen loads lazily: drop only once it is there to catch the drop.
  await expect(page.getByRole('heading', { name: 'Bring in the results' })).toBeVisible();
  // One file dropped on the page, the rest chosen — good and bad mixed.
  await dropFile(page, result('team-aalto.json'), 'team-aalto.json');
  await expect(page.getByText('team-aalto.json: added as “Tiimi Äänekoski”.')).toBeVisible();
  await page
    .getByTestId('debrief-files')
    .setInputFiles(
      [
        'team-bjork.json',
        'damaged.json',
        'not-a-result.json',
        'other-scenario.json',
        'other-version.json',
        'future-format.json',
        'team-caro.json',
        'team-aalto.json',
      ].map(result),
    );
  const alerts = page.getByRole('alert');
  await expect(alerts.filter({ hasText: /damaged.json was not added: The result file is truncated: it stops part-way/ })).toBeVisible();
  await expect(alerts.filter({ hasText: 'not-a-result.json was not added: The file is not a Kohu result.' })).toBeVisible();
  await expect(alerts.filter({ hasText: 'other-scenario.json was not added: it is a result of another scenario' })).toBeVisible();
  await expect(alerts.filter({ hasText: 'other-version.json was not added: it was played on version 7' })).toBeVisible();
  await expect(alerts.filter({ hasText: 'future-format.json was not added: Result format 99 is not supported' })).toBeVisible();
  await expect(alerts.filter({ hasText: 'team-aalto.json was not added: the same result is already in the debrief.' })).toBeVisible();
  for (const team of TEAMS) await expect(page.locator(`li[data-team="${team}"]`)).toBeVisible();
  await expect(totalOf(page, 'Tiimi Äänekoski')).toHaveText('100');
  await expect(totalOf(page, 'Team Björk')).toHaveText('35');
  await expect(totalOf(page, 'Team Caro')).toHaveText('17');

  // Anonymised and back.
  await page.getByRole('checkbox', { name: 'Anonymise (Team A, B, C)' }).check();
  await expect(page.locator('li[data-team="Team A"]')).toBeVisible();
  await expect(page.locator('li[data-team="Team C"]')).toBeVisible();
  await expect(page.getByText('Team Björk')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Anonymise (Team A, B, C)' }).uncheck();

  await expect(page.locator('.scores canvas').first()).toBeVisible();
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'screenshots/debrief-overview-1920.png' });
  await accessible(page, 'debrief scores');

  // The timeline: arrow keys step through moments; prompts and the expert's answer appear.
  await page.keyboard.press('2');
  await expect(page.getByTestId('moment-pos')).toContainText('Moment 1 /');
  const moment = page.getByTestId('moment');
  await expect(page.getByTestId('prompts')).toContainText('How many minutes passed before the first public answer?');
  const video = moment.locator('[data-post="video"]');
  await expect(video).toContainText('Maija Lehtonen');
  await video.getByRole('button', { name: 'Show the expert’s answer' }).click();
  await expect(video.locator('.expert')).toContainText('We apologise');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('moment-pos')).toContainText('Moment 2 /');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('moment-pos')).toContainText('Moment 2 /');
  await expect(moment.locator('[data-team="Team Caro"]')).toContainText('Delete');
  await page.getByRole('tab', { name: /Timeline/ }).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, document.querySelector('[role=tablist]')!.getBoundingClientRect().top + window.scrollY - 8));
  await page.screenshot({ path: 'screenshots/debrief-timeline-1920.png' });
  await accessible(page, 'debrief timeline');
  await page.keyboard.press('End');
  await expect(page.getByTestId('prompts')).toContainText('What was the first moment when you should have acted differently?');

  // People over the machine: reject one flag, accept another; the score moves at once.
  await page.keyboard.press('3');
  await page
    .getByRole('group', { name: 'Team' })
    .getByRole('button', { name: /Team Björk/ })
    .click();
  await page.getByRole('textbox', { name: 'Facilitator' }).fill('Fasilitaattori Öhman');
  await page.getByRole('textbox', { name: 'Facilitator' }).press('Tab');
  const honesty = page.getByTestId('review-score-honesty');
  await expect(honesty).toHaveText('33');
  const broken = page.locator('[data-rule="honesty.promises"]');
  await broken.getByRole('button', { name: /Review flag/ }).click();
  await broken.getByRole('radio', { name: 'Reject' }).check();
  await broken
    .getByRole('textbox', { name: 'Reason' })
    .fill('“We will look into it” is not a promise to the customer — no deadline was given.');
  await broken.getByRole('button', { name: 'Save decision' }).click();
  await expect(broken.getByTestId('judgement')).toContainText('Person’s judgement: Reject');
  await expect(broken.getByTestId('judgement')).toContainText('Fasilitaattori Öhman');
  // The broken promise (0 of 10) no longer counts: 20 of 60 becomes 20 of 50.
  await expect(honesty).toHaveText('40');
  const excuse = page.locator('[data-rule="honesty.reply-reading"]').filter({ hasText: 'Teemu Hakala' });
  await excuse.getByRole('button', { name: /Review flag/ }).click();
  await excuse.getByRole('textbox', { name: 'Reason' }).fill('Right: blaming the rush is an excuse.');
  await excuse.getByRole('button', { name: 'Save decision' }).click();
  await expect(excuse.getByTestId('judgement')).toContainText('Accept');
  const after = await totalOf(page, 'Team Björk').innerText();
  expect(Number(after)).toBeGreaterThan(35);
  await page.screenshot({ path: 'screenshots/debrief-flags-1920.png' });
  await accessible(page, 'debrief flags');
  await page.keyboard.press('1');
  await expect(page.locator('.screen [data-testid="agreement"]')).toContainText('The facilitator agreed with 1 of 2 reviewed flags (50 %)');
  await expect(page.locator('.screen tr[data-team="Team Björk"] td[data-score="honesty"]')).toContainText('automatic 33');

  // A reload stays on the debrief (its address is #debrief) and keeps the decisions (IndexedDB).
  await page.reload();
  await expect(page).toHaveURL(/#debrief$/);
  await expect(totalOf(page, 'Team Björk')).toHaveText(after);
  await page.keyboard.press('3');
  await page
    .getByRole('group', { name: 'Team' })
    .getByRole('button', { name: /Team Björk/ })
    .click();
  await expect(page.locator('[data-rule="honesty.promises"]').getByTestId('judgement')).toContainText('Reject');

  // Export / import round trip: the override travels inside the result file.
  const file = await download(page, () =>
    page.getByRole('button', { name: 'Export the result of Team Björk (JSON, with overrides)' }).click(),
  );
  const exported = JSON.parse(readFileSync(file.path, 'utf8'));
  const decision = Object.values(exported.overrides as Record<string, { decision: string; by?: string }>).find(
    (o) => o.decision === 'reject',
  );
  expect(decision?.by).toBe('Fasilitaattori Öhman');
  await page.getByRole('button', { name: 'Remove Team Björk from the debrief' }).click();
  await expect(page.locator('li[data-team="Team Björk"]')).toHaveCount(0);
  // Brought back in, the file's decisions are its claims: shown with who and why, not counted until accepted here.
  await page.getByTestId('debrief-files').setInputFiles(file.path);
  await expect(totalOf(page, 'Team Björk')).not.toHaveText(after);
  await page.keyboard.press('3');
  await page
    .getByRole('group', { name: 'Team' })
    .getByRole('button', { name: /Team Björk/ })
    .click();
  const claimed = page.locator('[data-rule="honesty.promises"]').getByTestId('claim');
  await expect(claimed).toContainText('The file claims: Reject');
  await expect(claimed).toContainText('Fasilitaattori Öhman');
  await expect(page.getByTestId('review-score-honesty')).toHaveText('33');
  await claimed.getByRole('button', { name: /Accept the file’s claim/ }).click();
  await expect(page.getByTestId('review-score-honesty')).toHaveText('40');
  await expect(totalOf(page, 'Team Björk')).toHaveText(after);

  // CSV exports, parsed back: BOM, `;`, Finnish letters intact, one row per team and dimension, one per flag.
  const scores = await download(page, () => page.getByRole('button', { name: 'CSV: scores' }).click());
  const scoresText = readFileSync(scores.path, 'utf8');
  expect(scoresText.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(scoresText.slice(1), { delimiter: ';', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [head, ...rows] = parsed.data;
  expect(head.slice(0, 5)).toEqual(['Team', 'Scenario', 'Dimension', 'Score', 'Automatic score']);
  expect(rows).toHaveLength(3 * 5);
  expect(rows.filter((r) => r[0] === 'Tiimi Äänekoski').map((r) => r[2])).toEqual([
    'Speed',
    'Honesty',
    'Publicness',
    'Escalation',
    'Total',
  ]);
  const bjorkHonesty = rows.find((r) => r[0] === 'Team Björk' && r[2] === 'Honesty')!;
  expect([bjorkHonesty[3], bjorkHonesty[4]]).toEqual(['40', '33']);
  expect(rows.find((r) => r[0] === 'Team Björk' && r[2] === 'Total')![3]).toBe(after);

  const flags = await download(page, () => page.getByRole('button', { name: 'CSV: flags' }).click());
  const flagText = readFileSync(flags.path, 'utf8');
  expect(flagText.charCodeAt(0)).toBe(0xfeff);
  const flagRows = Papa.parse<string[]>(flagText.slice(1), { delimiter: ';', skipEmptyLines: true }).data.slice(1);
  const fixtures = ['team-aalto.json', 'team-bjork.json', 'team-caro.json'].map((f) => JSON.parse(readFileSync(result(f), 'utf8')));
  expect(flagRows).toHaveLength(fixtures.reduce((n, r) => n + r.flags.length, 0));
  const rejected = flagRows.find((r) => r[0] === 'Team Björk' && r[2] === 'honesty.promises')!;
  expect(rejected[9]).toBe('Reject');
  expect(rejected[10]).toContain('“We will look into it”');
  expect(rejected[11]).toBe('Fasilitaattori Öhman');
  expect([rejected[6], rejected[7], rejected[8]]).toEqual(['0', '10', '0']);

  // The printable report: a summary page and a page per team, with the charts.
  await page.keyboard.press('1');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-report')).toBeVisible();
  await expect(page.locator('[data-print-team]')).toHaveCount(3);
  await page.waitForTimeout(300);
  mkdirSync('screenshots', { recursive: true });
  await page.pdf({
    path: 'screenshots/debrief-report.pdf',
    format: 'A4',
    printBackground: true,
    margin: { top: '14mm', bottom: '14mm', left: '14mm', right: '14mm' },
  });
  const pdf = readFileSync('screenshots/debrief-report.pdf', 'latin1');
  expect((pdf.match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(4);
  expect(statSync('screenshots/debrief-report.pdf').size).toBeGreaterThan(20_000);
  if (existsSync('/usr/bin/pdftoppm'))
    execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', 'screenshots/debrief-report.pdf', 'screenshots/debrief-report']);
  await page.emulateMedia({ media: 'screen' });
});

/**
 * Texts on screen under `min` px as the room sees them: the computed size
 * times the presentation zoom of the debrief's screen (CSS zoom scales what
 * is drawn, not the computed value).
 */
async function smallTexts(page: Page, min: number): Promise<string[]> {
  return page.evaluate((min) => {
    const screen = document.querySelector<HTMLElement>('.debrief .screen')!;
    const zoom = Number(screen.dataset.zoom);
    const out: string[] = [];
    for (const el of screen.querySelectorAll<HTMLElement>('*')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      if (!own || !el.checkVisibility() || el.closest('.visually-hidden')) continue;
      const px = parseFloat(getComputedStyle(el).fontSize) * zoom;
      if (px < min - 0.05)
        out.push(`${px.toFixed(1)} px: ${el.tagName.toLowerCase()}.${el.className} “${el.textContent!.trim().slice(0, 30)}”`);
    }
    return out;
  }, min);
}

test('the debrief reads from the back row at 1920×1080, presents larger, never scrolls sideways, and stays on reload', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(HD);
  await page.goto('/?lang=en#debrief');
  await expect(page.getByRole('heading', { name: 'Bring in the results' })).toBeVisible();
  await page.getByTestId('debrief-files').setInputFiles(['team-aalto.json', 'team-bjork.json', 'team-caro.json'].map(result));
  for (const team of TEAMS) await expect(page.locator(`li[data-team="${team}"]`)).toBeVisible();
  await page.getByRole('button', { name: 'Hide these messages' }).click();
  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  for (const [key, what] of [
    ['1', 'scores'],
    ['2', 'timeline'],
    ['3', 'flags'],
    ['4', 'lessons'],
  ] as const) {
    await page.keyboard.press(key);
    if (what === 'flags')
      await page
        .getByRole('group', { name: 'Team' })
        .getByRole('button', { name: /Team Björk/ })
        .click();
    expect(await smallTexts(page, 24), what).toEqual([]);
    expect(await sideways(), what).toBeLessThanOrEqual(0);
  }
  // The charts' axis text (chart.js draws 18 px into a canvas that the zoom enlarges).
  expect(Number(await page.locator('.debrief .screen').getAttribute('data-zoom')) * 18).toBeGreaterThanOrEqual(24);

  // Presentation size: A+ enlarges, + and − too, remembered; the timeline wraps rather than scrolling sideways.
  await page.keyboard.press('2');
  const zoom = Number(await page.locator('.debrief .screen').getAttribute('data-zoom'));
  await page.getByRole('button', { name: 'Larger text' }).click();
  await expect(page.locator('.debrief .screen')).toHaveAttribute('data-zoom', String(zoom + 0.2));
  expect(await sideways()).toBeLessThanOrEqual(0);
  const strip = page.getByRole('list', { name: 'Moments' });
  expect(await strip.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'screenshots/debrief-timeline-larger-1920.png' });
  await page.keyboard.press('-');
  await expect(page.locator('.debrief .screen')).toHaveAttribute('data-zoom', String(zoom));

  await page.reload();
  await expect(page).toHaveURL(/#debrief$/);
  for (const team of TEAMS) await expect(page.locator(`li[data-team="${team}"]`)).toBeVisible();
});
