// The authoring studio end to end: a new scenario from the wizard, a broken
// version typed into the editor with its diagnostics at the right lines, the
// diagram kept (stale) meanwhile, a fix that changes the diagram, a playtest
// and its replay after an edit, a jump to a phase and the balance report.
import { expect, test, type Page } from '@playwright/test';
import { scenarioTemplate } from '../../src/ui/studio/files/template.ts';

/** 1-based line of the first line containing `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

const COMPLAINT = 'I waited an hour for a cold coffee and the staff laughed at me.';

/** Replace the editor's whole text, as a paste would. */
async function replaceText(page: Page, text: string): Promise<void> {
  await page.locator('[data-testid="studio-editor"] .cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(text);
}

async function newScenario(page: Page): Promise<string> {
  await page.goto('/?lang=en#studio');
  await page.evaluate(() => localStorage.removeItem('kohu:studio-draft'));
  await page.goto('/?lang=en#studio');
  await expect(page.locator('[data-testid="studio-editor"] .cm-content')).toBeVisible();
  await page.getByRole('button', { name: 'New…' }).click();
  const wizard = page.getByRole('dialog', { name: 'New scenario' });
  await wizard.getByLabel('Company', { exact: true }).fill('Café Aurora');
  await wizard.getByLabel('Press', { exact: true }).check();
  await wizard.getByLabel('The complaint').fill(COMPLAINT);
  await wizard.getByLabel('English', { exact: true }).check();
  await wizard.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByTestId('studio-file')).toHaveText('cafe-aurora.en.yaml');
  await expect(page.getByTestId('diag-count')).toHaveText('No problems');
  await expect(page.locator('[data-testid="diagram"] [data-phase]')).toHaveCount(5);
  await expect(page.locator('[data-testid="studio-editor"] .cm-content')).toContainText('id: cafe-aurora');
  // The same answers give the same file: the test edits it as text.
  return scenarioTemplate({ language: 'en', company: 'Café Aurora', channels: ['page', 'press'], complaint: COMPLAINT, customer: '' });
}

test('a broken scenario shows its diagnostics at the right lines; a fix updates the diagram', async ({ page }) => {
  const good = await newScenario(page);
  expect(good).toContain('id: cafe-aurora');

  // Two mistakes pasted in, and one typed key by key at the end.
  const broken = good
    .replace('{ to: resolved, when: answered }', '{ to: resolvd, when: answered }')
    .replace('severity: high', 'severity: urgent');
  await replaceText(page, broken);
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('bogus_field: 1');
  const typed = `${broken}bogus_field: 1`;

  const diags = page.getByTestId('diagnostic');
  await expect(page.getByTestId('diag-count')).toHaveText('errors: 3, warnings: 0');
  const found = await diags.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-line')} ${e.getAttribute('data-code')}`));
  expect(found.sort()).toEqual(
    [
      `${lineOf(typed, 'severity: urgent')} schema_bad_value`,
      `${lineOf(typed, 'to: resolvd')} ref_unknown_phase`,
      `${lineOf(typed, 'bogus_field')} schema_unknown_field`,
    ].sort(),
  );
  await expect(diags.filter({ hasText: 'ref_unknown_phase' })).toContainText('resolved'); // the did-you-mean hint
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(3);

  // The diagram keeps the last good version, marked stale.
  await expect(page.getByTestId('diagram-stale')).toBeVisible();
  await expect(page.locator('[data-testid="diagram"] [data-phase]')).toHaveCount(5);

  // A click on a diagnostic puts the cursor on its line.
  await diags.filter({ hasText: 'ref_unknown_phase' }).click();
  await expect(page.locator('.cm-activeLine')).toContainText('resolvd');

  // Fixed, with one more phase and a longer timer: the diagram follows.
  const fixed = good
    .replace('{ to: spreading, after: 20m }', '{ to: spreading, after: 25m }')
    .replace(
      '      - { to: uproar, after: 40m }',
      '      - { to: news, after: 40m }\n  - id: news\n    name: In the news\n    calls_for: 2\n    transitions:\n      - { to: uproar, after: 30m }',
    );
  await replaceText(page, fixed);
  await expect(page.getByTestId('diag-count')).toHaveText('No problems');
  await expect(page.getByTestId('diagram-stale')).toHaveCount(0);
  await expect(page.locator('[data-testid="diagram"] [data-phase]')).toHaveCount(6);
  await expect(page.locator('[data-testid="diagram"] [data-phase="news"]')).toContainText('In the news');
  await expect(page.locator('[data-testid="diagram"] [data-edge="spark#2"]')).toContainText('25m');

  // A click on a phase in the diagram jumps to its line.
  await page.locator('[data-testid="diagram"] [data-phase="news"]').click();
  await expect(page.locator('.cm-activeLine')).toContainText('id: news');
});

test('playtest: reply with the reference answer, replay after an edit, jump to a phase, balance report', async ({ page }) => {
  const good = await newScenario(page);

  await page.getByRole('tab', { name: 'Playtest' }).click();
  const play = page.getByTestId('playtest');
  await expect(play.getByTestId('playtest-clock')).toHaveText('00:00');
  const complaint = play.locator('[data-post="complaint"]');
  await expect(complaint).toContainText('cold coffee');
  await play.getByRole('button', { name: '+1 min' }).click();
  await expect(play.getByTestId('playtest-clock')).toHaveText('01:00');
  await complaint.getByRole('button', { name: 'Reply' }).click();
  // While the author types, the studio shows how the drill will read the reply.
  await complaint.getByRole('textbox', { name: 'Your reply' }).fill('We apologise, sorry, we take this seriously.');
  await expect(complaint.getByTestId('playtest-reading')).toContainText('Kohu reads this as poor');
  await complaint.getByRole('button', { name: 'Reference answer' }).click();
  await expect(complaint.getByTestId('playtest-reading')).toContainText('Kohu reads this as good');
  await complaint.getByRole('button', { name: 'Send' }).click();
  await expect(play.getByTestId('playtest-phase')).toHaveText('Resolved');
  await expect(play.getByTestId('playtest-ended')).toHaveText('good ending');

  // Play as you write: with a stricter condition, the same reply at 1:00 is too late.
  await replaceText(page, good.replace('within: 20m', 'within: 30s'));
  await expect(page.getByTestId('diag-count')).toHaveText('No problems');
  const diff = page.getByTestId('playtest-diff');
  await expect(diff).toBeVisible();
  await expect(diff).toContainText('no longer reaches phase 2, “Resolved”');
  await expect(diff).toContainText('ends in no ending (was Resolved)');
  await expect(play.getByTestId('playtest-phase')).toHaveText('Complaint posted');

  // Jump straight to a phase.
  await play.getByLabel('Jump to phase').selectOption('spreading');
  await play.getByRole('button', { name: 'Go' }).click();
  await expect(play.getByTestId('playtest-phase')).toHaveText('The complaint spreads');
  await expect(play.getByRole('status').filter({ hasText: 'In “The complaint spreads”' })).toBeVisible();

  // The balance report: the expert's reference answers win, doing nothing loses.
  await page.getByRole('tab', { name: 'Balance' }).click();
  const runs = page.getByTestId('balance-runs');
  await expect(runs).toBeVisible({ timeout: 20_000 });
  await expect(runs.getByRole('row', { name: /Expert/ })).toBeVisible();
  await expect(page.getByTestId('balance')).toContainText('Doing nothing:');
});

test("completion offers schema fields and the scenario's own ids", async ({ page }) => {
  await page.goto('/?lang=en#studio');
  await replaceText(page, 'kohu: 1\n');
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('ti');
  const list = page.locator('.cm-tooltip-autocomplete');
  await expect(list).toBeVisible();
  await expect(list.getByRole('option', { name: /title/ })).toBeVisible();
  await list.getByRole('option', { name: /title/ }).click();
  await expect(page.locator('[data-testid="studio-editor"] .cm-content')).toContainText('title:');
  // Ids the scenario defines are offered where a reference is typed.
  await replaceText(page, 'personas:\n  - { id: maija, name: Maija, temperament: angry }\nposts:\n  - by: ');
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('m');
  await expect(list.getByRole('option', { name: /maija/ })).toBeVisible();
});

test('save writes back to the file it was opened from (Ctrl+S), and asks where for anything else', async ({ page }) => {
  // A stand-in for the browser's file pickers: files live in window.__disk.
  await page.addInitScript(() => {
    const disk: Record<string, string> = { 'mine.en.yaml': '' };
    const handle = (name: string) => ({
      name,
      getFile: async () => new File([disk[name] ?? ''], name),
      createWritable: async () => ({ write: async (t: string) => void (disk[name] = t), close: async () => undefined }),
    });
    const w = window as unknown as Record<string, unknown>;
    w.__disk = disk;
    w.__saveAsked = 0;
    w.showOpenFilePicker = async () => [handle('mine.en.yaml')];
    w.showSaveFilePicker = async (o: { suggestedName: string }) => {
      w.__saveAsked = (w.__saveAsked as number) + 1;
      return handle(`saved-${o.suggestedName}`);
    };
  });
  const good = await newScenario(page);
  const disk = () => page.evaluate(() => (window as unknown as { __disk: Record<string, string> }).__disk);
  const asked = () => page.evaluate(() => (window as unknown as { __saveAsked: number }).__saveAsked);

  // A new scenario has no file yet: Save asks where.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to saved-cafe-aurora.en.yaml' })).toBeVisible();
  expect(await asked()).toBe(1);
  expect((await disk())['saved-cafe-aurora.en.yaml']).toBe(good);

  // A file opened from disk is saved back to itself, with its edits, without asking.
  await page.evaluate((t) => ((window as unknown as { __disk: Record<string, string> }).__disk['mine.en.yaml'] = t), good);
  await page.getByRole('button', { name: 'Open file…' }).click();
  await expect(page.getByTestId('studio-file')).toHaveText('mine.en.yaml');
  const edited = good.replace('Café Aurora', 'Café Borealis');
  await replaceText(page, edited);
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page.getByRole('status').filter({ hasText: 'Saved to mine.en.yaml' })).toBeVisible();
  expect((await disk())['mine.en.yaml']).toBe(edited);
  expect(await asked()).toBe(1);
});

test('a post copied with its indentation and pasted on an indented line keeps its shape', async ({ page }) => {
  const good = await newScenario(page);
  // A blank, indented line in the posts list, where a trainer would paste a post.
  const text = good.replace('  - id: inquiry', '  \n  - id: inquiry');
  await replaceText(page, text);
  await expect(page.getByTestId('diag-count')).toHaveText('No problems');
  const blank = page.locator('[data-testid="studio-editor"] .cm-line').nth(lineOf(text, '- id: inquiry') - 2);
  await blank.click();
  await page.keyboard.press('End');
  const block = '  - id: extra\n    by: copycat\n    on: page\n    company_at_fault: true\n    text: Same here, last week.';
  await page.locator('[data-testid="studio-editor"] .cm-content').evaluate((el, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, block);
  const content = page.locator('[data-testid="studio-editor"] .cm-content');
  await expect(content).toContainText('- id: extra');
  const lines = (await content.innerText()).split('\n');
  const at = lines.findIndex((l) => l.includes('- id: extra'));
  expect(lines.slice(at, at + 6)).toEqual([
    '  - id: extra',
    '    by: copycat',
    '    on: page',
    '    company_at_fault: true',
    '    text: Same here, last week.',
    '  - id: inquiry',
  ]);
  await expect(page.getByTestId('diag-count')).toHaveText('No problems');
});
