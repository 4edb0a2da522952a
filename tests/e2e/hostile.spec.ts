// Hostile files and failing storage in the browser: each case names what
// went wrong with it before, and checks that the user now sees a true
// message and the page goes on.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { endDrill, openLibrary, startScenario, toScorecard } from './helpers.ts';

const RESULTS = resolve(import.meta.dirname, '../fixtures/results');
const bjork = () => JSON.parse(readFileSync(resolve(RESULTS, 'team-bjork.json'), 'utf8')) as Record<string, unknown>;
const jsonFile = (name: string, value: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) });

test('reading window.indexedDB throws a SecurityError: the page still shows and a drill starts', async ({ page }) => {
  // Was: storage.ts read `typeof indexedDB` at module load, outside any try, and the page stayed blank.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await openLibrary(page, 'lang=en&speed=60');
  await startScenario(page, 'The Hot Days video');
  await expect(page.getByTestId('clock')).toBeVisible();
});

test('IndexedDB full when the result is saved: the scorecard says so and offers it as a download', async ({ page }) => {
  // Was: "storage is full" and "The result was saved in History" side by side, and History empty after a reload.
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openLibrary(page, 'lang=en&speed=600&seed=8');
  await startScenario(page, 'The Hot Days video');
  await endDrill(page);
  await toScorecard(page);
  await expect(page.getByTestId('not-saved')).toContainText('could not be kept in History');
  await expect(page.getByText('The result was saved in History.')).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('not-saved').getByRole('button', { name: 'Export result (JSON)' }).click(),
  ]);
  expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toMatchObject({ kind: 'kohu-result', scenario: { id: 'shop-video' } });
});

test('History refuses a result of a scenario not installed, a file too large and a damaged field, naming the file', async ({ page }) => {
  await page.goto('/?lang=en#history');
  const input = page.getByTestId('result-file');
  const message = page.getByTestId('history-message');

  // Was: imported, then shown as a scorecard with missing texts.
  await input.setInputFiles(
    jsonFile('elsewhere.json', { ...bjork(), scenario: { id: 'not-here', version: 1, language: 'en', title: 'X' } }),
  );
  await expect(message).toContainText('“elsewhere.json” was not imported');
  await expect(message).toContainText('not-here (EN) is not installed');

  // Was: any size accepted, the page stalled on 50 MB.
  await input.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(3_000_000, 0x20) });
  await expect(message).toContainText('“huge.json” was not imported: the file is 3 MB; a result file may be at most 2 MB.');

  // Was: a non-string language blanked the debrief; every field is now checked, and named.
  await input.setInputFiles(jsonFile('forged.json', { ...bjork(), scenario: { id: 'shop-video', version: 1, language: 7, title: 'X' } }));
  await expect(message).toContainText('scenario.language');

  // A time far past the end: refused, never replayed minute by minute.
  await input.setInputFiles(jsonFile('late.json', { ...bjork(), endedAt: 1e15 }));
  await expect(message).toContainText('endedAt');
  await expect(page.locator('tbody tr')).toHaveCount(0);

  // The genuine file is accepted.
  await input.setInputFiles(jsonFile('team-bjork.json', bjork()));
  await expect(message).toContainText('The result was imported.');
  await expect(page.locator('tbody tr')).toHaveCount(1);
});

test('the studio opens a file from the file input, and opens it again after it changed', async ({ page }) => {
  // Was: the event's target was gone after the await (a throw every time), and the same file kept its old text.
  await page.addInitScript(() => {
    delete (window as unknown as Record<string, unknown>).showOpenFilePicker;
  });
  await page.goto('/?lang=en#studio');
  const editor = page.locator('[data-testid="studio-editor"] .cm-content');
  await expect(editor).toBeVisible();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const input = page.locator('input[type="file"][accept*="yaml"]');
  await input.setInputFiles({ name: 'mine.en.yaml', mimeType: 'text/yaml', buffer: Buffer.from('kohu: 1\nid: first-version\n') });
  await expect(editor).toContainText('id: first-version');
  await expect(page.getByTestId('studio-file')).toHaveText('mine.en.yaml');
  await input.setInputFiles({ name: 'mine.en.yaml', mimeType: 'text/yaml', buffer: Buffer.from('kohu: 1\nid: second-version\n') });
  await expect(editor).toContainText('id: second-version');
  expect(errors).toEqual([]);
});

test('under the shipped Content-Security-Policy no page logs a violation', async ({ context }) => {
  // Was: no policy at all. Every screen is visited, the editor, charts and diagram included.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const page = await context.newPage();
  const logged: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) logged.push(m.text());
  });
  const violations = async () => [...logged, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];

  await openLibrary(page, 'lang=en&speed=600&seed=8');
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("script-src 'self'");
  await startScenario(page, 'The Hot Days video');
  await endDrill(page);
  await toScorecard(page);
  await expect(page.getByTestId('score-total')).toBeVisible();
  await expect.poll(() => page.locator('canvas').count()).toBeGreaterThan(0);
  expect(await violations()).toEqual([]);

  await page.goto('/?lang=en#history');
  await expect(page.locator('tbody tr')).toHaveCount(1);
  expect(await violations()).toEqual([]);

  await page.goto('/?lang=en#debrief');
  await page.getByTestId('debrief-files').setInputFiles(['team-aalto.json', 'team-bjork.json'].map((f) => resolve(RESULTS, f)));
  await expect(page.locator('li[data-team]')).toHaveCount(2);
  await expect.poll(() => page.locator('canvas').count()).toBeGreaterThan(0);
  for (const key of ['2', '3', '1']) await page.keyboard.press(key);
  expect(await violations()).toEqual([]);

  await page.goto('/?lang=en#studio');
  await expect(page.locator('[data-testid="studio-editor"] .cm-content')).toBeVisible();
  await page.locator('[data-testid="studio-editor"] .cm-content').click();
  await page.keyboard.type('x');
  await expect(page.locator('[data-testid="diagram"]')).toBeVisible();
  expect(await violations()).toEqual([]);
  // CodeMirror's own styles applied (its gutters are laid out), not blocked.
  expect(await page.locator('.cm-gutters').evaluate((el) => getComputedStyle(el).display)).toBe('flex');

  await page.goto('/?control=1&lang=en');
  await expect(page.getByRole('heading', { name: 'Pair with the big screen' })).toBeVisible();
  expect(await violations()).toEqual([]);
});
