// The one-screen team drill in two windows (two pages of one browser
// context, as a facilitator's laptop and the projector would be): the room
// window owns the drill, the control window pauses it, injects posts and
// turns the heat, both stay in step over BroadcastChannel, the control
// window resyncs after being closed and reopened, the room survives a
// reload, and facilitator actions end up in the result marked as theirs.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { reply, simNow, accessible } from './helpers.ts';

const HD = { width: 1920, height: 1080 };
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/ui/${name}`, import.meta.url));

/** A control window paired with the room by the code its big screen shows (as the room's own button opens it). */
async function openControl(context: BrowserContext, room: Page): Promise<Page> {
  const pair = await room.getByTestId('room-pair-code').innerText();
  const control = await context.newPage();
  await control.setViewportSize(HD);
  await control.goto(`/?control=1&lang=en&pair=${pair}`);
  await expect(control.getByTestId('control-status')).toHaveText('Connected to the big screen', { timeout: 15_000 });
  return control;
}

/** From the app's start page: Team drill → scenario → team → briefing → Start. */
async function startTeamDrill(room: Page, pick: () => Promise<void>, team: string, participants = ''): Promise<void> {
  await room.getByRole('button', { name: 'Team drill', exact: true }).click();
  await pick();
  await room.getByRole('textbox', { name: 'Team name' }).fill(team);
  if (participants) await room.getByRole('textbox', { name: 'Participants (optional)' }).fill(participants);
  await room.getByRole('button', { name: 'Show the briefing on this screen' }).click();
  await room.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(room.getByTestId('clock')).toBeVisible();
}

test('a team drill on the big screen, run from the control window', async ({ context }) => {
  test.setTimeout(120_000);
  const room = await context.newPage();
  await room.setViewportSize(HD);
  await room.goto('/?lang=en&seed=4&speed=60');
  await startTeamDrill(room, () => room.getByRole('radio', { name: /The Hot Days video/ }).check(), 'Tiimi Äänekoski');
  await expect(room.getByTestId('room-team')).toHaveText('Tiimi Äänekoski');

  const control = await openControl(context, room);
  await expect(room.getByTestId('room-control-status')).toHaveText('Control window connected', { timeout: 10_000 });
  // …and stays so while the clock runs (each sample, not eventually: a link rebuilt on every frame would flicker).
  for (let i = 0; i < 6; i++) {
    await room.waitForTimeout(400);
    expect(await room.getByTestId('room-control-status').innerText()).toBe('Control window connected');
  }
  await expect(control.getByTestId('control-phase')).toContainText('Video posted');
  // The facilitator's notes are in the control window only.
  const note = 'At the start, the first public answer decides everything';
  await expect(control.getByTestId('facilitator-notes')).toContainText(note);
  await expect(room.getByText(note)).toHaveCount(0);

  // Space in the control window pauses the room's clock.
  await control.keyboard.press('Space');
  await expect(room.getByRole('button', { name: 'Resume', exact: true }).first()).toBeVisible();
  const pausedAt = await simNow(room);
  await room.waitForTimeout(1200);
  expect(await simNow(room)).toBe(pausedAt);
  await expect(control.getByRole('button', { name: /^Resume/ })).toBeVisible();

  // The team answers in the room; the control window lists it.
  await reply(
    room,
    /^Reply to Maija Lehtonen/,
    'Hi Maija, we apologise: our sales assistant treated you badly. We will make this right. Pyry, Kaisla',
  );
  await expect(control.locator('.recent li').first()).toContainText('Public reply');

  // An ad-hoc post, typed as a persona, appears in the room's feed.
  const adhoc = 'I was at the same checkout on Friday and saw it all. Shameful!';
  await control.getByRole('combobox', { name: 'As' }).selectOption({ label: 'Katri Salonen' });
  await control.getByRole('textbox', { name: 'Text' }).fill(adhoc);
  await control.getByRole('button', { name: /Post it now/ }).click();
  await expect(control.getByTestId('control-feedback')).toHaveText('Posted as Katri Salonen.');
  await expect(room.locator('article').filter({ hasText: adhoc })).toBeVisible();
  await expect(control.locator('.recent li').first()).toContainText('facilitator');

  // Heat up with the arrow key, speed with the other arrows.
  await control.keyboard.press('ArrowUp');
  await expect(control.getByTestId('control-feedback')).toHaveText('Heat turned up to ×1.5.');
  await expect(control.getByRole('button', { name: 'Turn up the heat to ×1.5' })).toHaveAttribute('aria-pressed', 'true');
  await control.keyboard.press('ArrowRight');
  await expect(control.getByTestId('control-feedback')).toHaveText(/^Speed now 1 s = \d+ min\.$/);
  // One step faster than the 1 s = 1 min the drill started at, in the room too.
  await expect(room.getByRole('combobox', { name: 'Speed' })).not.toHaveValue('60');
  const logLength = Number(await control.getByTestId('control-log-length').innerText());
  expect(logLength).toBeGreaterThanOrEqual(4); // mark_read, reply, inject, heat

  // The in-app help of the control window.
  await control.keyboard.press('?');
  const help = control.getByRole('dialog', { name: 'Control window: help' });
  await expect(help).toContainText('Slower / faster');
  await control.screenshot({ path: 'screenshots/facilitator-control-help-1920.png' });
  await control.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await accessible(control, 'control window');
  await accessible(room, 'room');
  await room.screenshot({ path: 'screenshots/facilitator-room-1920.png' });
  await control.screenshot({ path: 'screenshots/facilitator-control-1920.png' });
  // Body text on the big screen is projector-sized (≈ 24 px).
  const postText = await room.locator('article').filter({ hasText: adhoc }).locator('p').filter({ hasText: adhoc }).first();
  const size = await postText.evaluate(
    (el) => parseFloat(getComputedStyle(el).fontSize) * Number(getComputedStyle(el.closest('.stage')!).zoom || 1),
  );
  expect(size).toBeGreaterThanOrEqual(22);

  // Closing and reopening the control window: it picks the drill up again.
  await control.close();
  await expect(room.getByTestId('room-control-status')).toHaveText('No control window', { timeout: 10_000 });
  const again = await openControl(context, room);
  await expect(again.getByTestId('control-log-length')).toHaveText(String(logLength));

  // Reloading the room: the drill comes back as the big screen, and the control window reconnects.
  await room.reload();
  await expect(room.getByTestId('room-team')).toHaveText('Tiimi Äänekoski');
  await expect(room.locator('article').filter({ hasText: adhoc })).toBeVisible();
  await expect(again.getByTestId('control-status')).toHaveText('Connected to the big screen', { timeout: 15_000 });
  await expect(again.getByTestId('control-log-length')).toHaveText(String(logLength));

  // End from the control window; the room goes to the scorecard with the team's name on the result.
  await again.keyboard.press('e');
  await again.getByRole('dialog', { name: 'End the drill?' }).getByRole('button', { name: 'End drill' }).click();
  await expect(again.getByText('The drill has ended.', { exact: false }).first()).toBeVisible();
  const ended = room.getByRole('dialog', { name: 'The drill has ended' });
  await expect(ended).toBeVisible();
  await ended.getByRole('button', { name: 'See the scorecard', exact: true }).click();
  await expect(room.getByTestId('score-total')).toBeVisible();

  // The result keeps who did what: the facilitator's inject, heat and end are theirs.
  const saved = await room.evaluate(async () => {
    const open = indexedDB.open('keyval-store');
    const db: IDBDatabase = await new Promise((res, rej) => ((open.onsuccess = () => res(open.result)), (open.onerror = rej)));
    const get = db.transaction('keyval').objectStore('keyval').get('results');
    // The history is saved versioned: { v, entries }.
    const history = await new Promise<{ entries: { result: { team?: string; log: { type: string; by?: string }[] } }[] }>(
      (res) => (get.onsuccess = () => res(get.result)),
    );
    return history.entries[0].result;
  });
  expect(saved.team).toBe('Tiimi Äänekoski');
  const byFacilitator = saved.log.filter((a) => a.by === 'facilitator').map((a) => a.type);
  expect(byFacilitator).toEqual(['inject', 'heat', 'end']);
  expect(saved.log.some((a) => a.type === 'reply' && a.by !== 'facilitator')).toBe(true);

  // …and the debrief shows the facilitator's post as theirs, beside the team's reply.
  await room.getByRole('button', { name: 'Debrief', exact: true }).click();
  await room.getByRole('button', { name: /From this browser’s history/ }).click();
  await room.getByRole('checkbox', { name: /Tiimi Äänekoski/ }).check();
  await room.getByRole('button', { name: 'Add 1 selected' }).click();
  await expect(room.locator('li[data-team="Tiimi Äänekoski"]')).toBeVisible();
  await room.keyboard.press('2');
  await room.keyboard.press('ArrowRight');
  const moment = room.getByTestId('moment');
  await expect(moment.locator('article').filter({ hasText: adhoc })).toContainText('facilitator');
  await expect(moment.locator('[data-team="Tiimi Äänekoski"]')).toContainText('Public reply');
});

test('reserve posts are released from the control window, once', async ({ context }) => {
  const room = await context.newPage();
  await room.goto('/?lang=en&seed=2');
  await startTeamDrill(
    room,
    async () => {
      await room.getByTestId('scenario-file').setInputFiles(fixture('team-reserve.yaml'));
      await expect(room.getByRole('radio', { name: /The delayed parcels/ })).toBeChecked();
    },
    'Team Reserve',
  );
  const control = await openControl(context, room);
  const reserve = control.locator('[data-reserve="second"]');
  await expect(reserve).toContainText('Olli Nieminen');
  // Markup in scenario text is shown as text.
  await expect(reserve).toContainText('<b>two weeks</b>');
  await reserve.getByRole('button', { name: /Release/ }).click();
  await expect(control.getByTestId('control-feedback')).toHaveText('Released: Olli Nieminen.');
  await expect(room.locator('[data-post="second"]')).toBeVisible();
  await expect(reserve).toContainText('Released at');
  await expect(reserve.getByRole('button')).toHaveCount(0);
  // The phase board shows the way out of the current phase with its timer.
  await expect(control.locator('[data-phase="spark"]')).toContainText('timer: in');
  await expect(control.locator('[data-phase="spark"]')).toContainText('An honest public answer calms it.');
});

/** Team drill → scenario → team → briefing on the big screen (not started). */
async function briefTeam(room: Page, title: RegExp, team: string): Promise<void> {
  await room.getByRole('button', { name: 'Team drill', exact: true }).click();
  await room.getByRole('radio', { name: title }).check();
  await room.getByRole('textbox', { name: 'Team name' }).fill(team);
  await room.getByRole('button', { name: 'Show the briefing on this screen' }).click();
}

test('the control window connects during the briefing, before Start', async ({ context }) => {
  const room = await context.newPage();
  await room.setViewportSize(HD);
  await room.goto('/?lang=en&seed=4&speed=60');
  await briefTeam(room, /The Hot Days video/, 'Team Early');
  const control = await openControl(context, room);
  await expect(control.getByTestId('control-briefing')).toContainText('reading the briefing');
  await expect(control.getByTestId('facilitator-notes')).toContainText('At the start, the first public answer decides everything');
  // Nothing to command yet.
  await expect(control.getByRole('button', { name: /^(Pause|Resume)/ })).toBeDisabled();
  await expect(room.getByTestId('room-control-status')).toHaveText('Control window connected', { timeout: 10_000 });
  await room.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(control.getByTestId('control-briefing')).toHaveCount(0);
  await expect(control.getByRole('button', { name: /^(Pause|Resume)/ })).toBeEnabled();
  await control.keyboard.press('Space');
  await expect(room.getByRole('button', { name: 'Resume', exact: true }).first()).toBeVisible();
});

test('only a control window paired by the big screen’s code can drive it', async ({ context }) => {
  // Was: any tab of the same origin could post commands on the channel and drive the projector.
  const room = await context.newPage();
  await room.setViewportSize(HD);
  await room.goto('/?lang=en&seed=4&speed=60');
  await briefTeam(room, /The Hot Days video/, 'Team Paired');
  await room.getByRole('button', { name: 'Start', exact: true }).click();
  const code = await room.getByTestId('room-pair-code').innerText();
  expect(code).toMatch(/^\d{4}$/);

  // Another tab speaking the protocol without the code (or with a wrong one) is ignored.
  const stranger = await context.newPage();
  await stranger.goto('/?lang=en#history');
  await stranger.evaluate(
    (wrong) => {
      const channel = new BroadcastChannel('kohu-team-drill');
      for (const pair of [undefined, wrong])
        channel.postMessage({ v: 1, kind: 'command', from: 'x', id: 'c1', pair, command: { type: 'end' } });
    },
    code === '0000' ? '1111' : '0000',
  );
  // A control window opened by hand asks for the code; a wrong one is said to be wrong.
  const control = await context.newPage();
  await control.setViewportSize(HD);
  await control.goto('/?control=1&lang=en');
  await control.getByRole('textbox', { name: 'The control code shown on the big screen' }).fill(code === '0000' ? '1111' : '0000');
  await control.getByRole('button', { name: 'Pair', exact: true }).click();
  await expect(control.getByTestId('pair-wrong')).toBeVisible();
  await expect(room.getByTestId('room-control-status')).toHaveText('No control window');
  await expect(room.getByTestId('clock')).toBeVisible(); // the stranger's "end" did not end the drill

  // The right code pairs, and then commands work.
  await control.getByRole('textbox', { name: 'The control code shown on the big screen' }).fill(code);
  await control.getByRole('button', { name: 'Pair', exact: true }).click();
  await expect(control.getByTestId('control-status')).toHaveText('Connected to the big screen', { timeout: 15_000 });
  await expect(room.getByTestId('room-control-status')).toHaveText('Control window connected', { timeout: 10_000 });
});

test('Space on the big screen pauses, even with a toolbar button focused', async ({ context }) => {
  const room = await context.newPage();
  await room.setViewportSize(HD);
  await room.goto('/?lang=en&seed=4&speed=60');
  await startTeamDrill(room, () => room.getByRole('radio', { name: /The Hot Days video/ }).check(), 'Team Space');
  const smaller = room.getByRole('button', { name: 'Smaller text' });
  const zoom = await room.locator('.stage').getAttribute('style');
  await smaller.focus();
  await room.keyboard.press('Space');
  await expect(room.getByRole('button', { name: 'Resume', exact: true }).first()).toBeVisible();
  // The focused button was not pressed.
  expect(await room.locator('.stage').getAttribute('style')).toBe(zoom);
  await room.keyboard.press('Space');
  await expect(room.getByRole('button', { name: 'Pause', exact: true }).first()).toBeVisible();
});

test('after Ctrl+Enter on a typed post, the next Space pauses', async ({ context }) => {
  const room = await context.newPage();
  await room.setViewportSize(HD);
  await room.goto('/?lang=en&seed=4&speed=60');
  await startTeamDrill(room, () => room.getByRole('radio', { name: /The Hot Days video/ }).check(), 'Team Keys');
  const control = await openControl(context, room);
  const text = control.getByRole('textbox', { name: 'Text' });
  await control.keyboard.press('i');
  await expect(text).toBeFocused();
  await control.keyboard.type('Is anyone answering at all?');
  await control.keyboard.press('Control+Enter');
  await expect(control.getByTestId('control-feedback')).toHaveText(/^Posted as /);
  await expect(text).not.toBeFocused();
  await control.keyboard.press('Space');
  await expect(room.getByRole('button', { name: 'Resume', exact: true }).first()).toBeVisible();
  await expect(text).toHaveValue('');
});

test('reloading the big screen keeps the language it was shown in', async ({ context }) => {
  const room = await context.newPage();
  await room.setViewportSize(HD);
  // No ?lang: the browser's English; a Finnish scenario must not switch the screens to Finnish on reload.
  await room.goto('/?seed=4&speed=60');
  await briefTeam(room, /Video Kuumilta päiviltä/, 'Team Language');
  await room.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(room.getByTestId('clock')).toBeVisible();
  await expect(room.getByRole('button', { name: 'Open the control window' })).toBeVisible();
  await room.reload();
  await expect(room.getByTestId('room-team')).toHaveText('Team Language');
  await expect(room.getByRole('button', { name: 'Open the control window' })).toBeVisible();
  await expect(room.locator('html')).toHaveAttribute('lang', 'en');
});

test('at the largest text size two channels stay side by side and the feed has the width', async ({ context }) => {
  const room = await context.newPage();
  await room.setViewportSize(HD);
  await room.goto('/?lang=en&seed=4&speed=60');
  await startTeamDrill(room, () => room.getByRole('radio', { name: /The Hot Days video/ }).check(), 'Team Large');
  const larger = room.getByRole('button', { name: 'Larger text' });
  while (await larger.isEnabled()) await larger.click();
  const columns = room.locator('.columns');
  await expect(columns).not.toHaveClass(/tabs/);
  const area = (await room.locator('.feed-area').boundingBox())!;
  expect(area.width).toBeGreaterThan(HD.width * 0.6);
  const box = (await columns.boundingBox())!;
  const inside = [];
  for (const col of await room.locator('.columns [data-channel]').all()) {
    const b = (await col.boundingBox())!;
    if (b.x >= box.x - 1 && b.x + b.width <= box.x + box.width + 1) inside.push(b);
  }
  expect(inside.length).toBeGreaterThanOrEqual(2);
  await room.screenshot({ path: 'screenshots/facilitator-room-largest-1920.png' });
});

/** The Hot Days video as a team drill at 1920×1080, with a control window, paused from there. */
async function pausedTeamDrill(context: BrowserContext, team: string, participants = ''): Promise<{ room: Page; control: Page }> {
  const room = await context.newPage();
  await room.setViewportSize(HD);
  await room.goto('/?lang=en&seed=4&speed=60');
  await startTeamDrill(room, () => room.getByRole('radio', { name: /The Hot Days video/ }).check(), team, participants);
  const control = await openControl(context, room);
  await control.keyboard.press('Space');
  await expect(room.getByRole('button', { name: 'Resume', exact: true }).first()).toBeVisible();
  return { room, control };
}

test('live notes, a forced phase and lessons learned: in the result, on the debrief timeline, in the report and the CSV', async ({
  context,
}) => {
  test.setTimeout(180_000);
  // Paused first: everything below happens at one simulated moment, so the debrief shows it together.
  const { room, control } = await pausedTeamDrill(context, 'Team Notes', 'Aino Laine, Mikko Salo\nSari Öhman');

  // M opens the note, Enter saves it, and the keys are the control window's again.
  await control.keyboard.press('m');
  await expect(control.getByTestId('live-note')).toBeFocused();
  await control.keyboard.type('Nobody has opened the Facebook column yet');
  await control.keyboard.press('Enter');
  await expect(control.getByTestId('control-feedback')).toHaveText(/^Note saved at \d:\d\d:\d\d\.$/);
  await expect(control.getByTestId('live-note')).toHaveValue('');
  await expect(control.locator('.recent li').first()).toContainText('Facilitator’s note');
  await expect(room.getByText('Nobody has opened the Facebook column')).toHaveCount(0);

  // P: force a phase with a reason; the room's crisis moves.
  await control.keyboard.press('p');
  await control.getByRole('combobox', { name: 'Move the crisis to' }).selectOption({ label: 'A tabloid asks' });
  const reason = control.getByRole('textbox', { name: 'Reason (kept in the result)' });
  await expect(control.getByRole('button', { name: 'Move the crisis now' })).toBeDisabled();
  await reason.fill('Show the team what a journalist’s call feels like');
  await reason.press('Enter');
  await expect(control.getByTestId('control-feedback')).toHaveText('The crisis moved to A tabloid asks.');
  await expect(control.getByTestId('control-phase')).toContainText('A tabloid asks');
  await expect(room.locator('[data-post="tabloid"]')).toBeVisible();
  await control.screenshot({ path: 'screenshots/facilitator-control-notes-1920.png' });
  await control.keyboard.press('m');
  await control.keyboard.type('Paused to talk about the tabloid');
  await control.keyboard.press('Enter');
  await expect(control.getByTestId('control-feedback')).toHaveText(/^Note saved at /);

  await control.keyboard.press('e');
  await control.getByRole('dialog', { name: 'End the drill?' }).getByRole('button', { name: 'End drill' }).click();
  await room.getByRole('dialog', { name: 'The drill has ended' }).getByRole('button', { name: 'See the scorecard', exact: true }).click();
  await expect(room.getByTestId('score-total')).toBeVisible();

  await room.getByRole('button', { name: 'Debrief', exact: true }).click();
  await room.getByRole('button', { name: /From this browser’s history/ }).click();
  await room.getByRole('checkbox', { name: /Team Notes/ }).check();
  await room.getByRole('button', { name: 'Add 1 selected' }).click();
  await room.keyboard.press('2');
  const noted = room.getByRole('list', { name: 'Moments' }).getByRole('button', { name: /facilitator’s note/ });
  await expect(noted).toHaveCount(1);
  await noted.click();
  const moment = room.getByTestId('moment');
  await expect(moment.locator('[data-team="Team Notes"]')).toContainText('Nobody has opened the Facebook column yet');
  await expect(moment.locator('[data-team="Team Notes"]')).toContainText('Paused to talk about the tabloid');
  await expect(moment.locator('[data-team="Team Notes"]')).toContainText('Phase forced by the facilitator: A tabloid asks');
  await expect(moment.locator('[data-team="Team Notes"]')).toContainText('Show the team what a journalist’s call feels like');
  await room.screenshot({ path: 'screenshots/debrief-notes-1920.png' });

  // The people typed at the start came with the result, and can be corrected here.
  const people = room.getByRole('textbox', { name: 'Participants of team Team Notes' });
  await expect(people).toHaveValue('Aino Laine, Mikko Salo, Sari Öhman');
  await people.fill('Aino Laine, Mikko Salo, Sari Öhman, Pekka Virta');
  await people.press('Tab');

  // Lessons learned, beside the timeline: a conclusion for this moment, and one on a closing question.
  await room.getByTestId('moment-conclusion').fill('The note came when nobody watched Facebook: assign a channel owner.');
  // Out of the text box, the arrow keys and End are the timeline's again.
  await room.getByTestId('moment-pos').click();
  await room.keyboard.press('End');
  await expect(room.getByTestId('prompts')).toContainText('To close the debrief');
  await room.getByTestId('prompt-conclusion').first().fill('We answered too late in public; a holding reply in 10 minutes next time.');

  // The lessons view: the same conclusions, an action item with an owner and a date, two feedback answers.
  await room.getByTestId('moment-pos').click();
  await room.keyboard.press('4');
  const lessons = room.getByRole('region', { name: 'Lessons learned' });
  const written = () => lessons.locator('textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value).join('\n'));
  await expect.poll(written).toContain('holding reply in 10 minutes');
  await expect.poll(written).toContain('assign a channel owner');
  await lessons.getByRole('button', { name: 'Add an action item' }).click();
  await expect(lessons.getByRole('textbox', { name: 'Action item 1: what' })).toBeFocused();
  await room.keyboard.type('Write a holding-reply template for product complaints');
  await lessons.getByRole('textbox', { name: 'Action item 1: owner' }).fill('Aino Laine');
  await lessons.getByLabel('Action item 1: by when').fill('2026-12-16');
  await lessons.getByRole('textbox', { name: 'Name (optional)' }).fill('Mikko Salo');
  await lessons
    .getByRole('group', { name: /How useful/ })
    .getByRole('radio', { name: '5' })
    .check();
  await lessons
    .getByRole('group', { name: /How realistic/ })
    .getByRole('radio', { name: '4' })
    .check();
  await lessons.getByRole('textbox', { name: 'What did you learn?' }).fill('Answer where the complaint is');
  await lessons.getByRole('button', { name: 'Save feedback' }).click();
  await lessons
    .getByRole('group', { name: /How useful/ })
    .getByRole('radio', { name: '4' })
    .check();
  await lessons.getByRole('textbox', { name: 'What will you do differently?' }).fill('Tell communications sooner');
  await lessons.getByRole('button', { name: 'Save feedback' }).click();
  await expect(room.getByTestId('feedback-summary')).toHaveText('2 answers · useful 4,5 / 5 · realistic 4 / 5');
  await room.screenshot({ path: 'screenshots/debrief-lessons-1920.png', fullPage: true });
  await accessible(room, 'debrief lessons');

  // A reload keeps all of it.
  await room.reload();
  await expect(room.getByRole('textbox', { name: 'Participants of team Team Notes' })).toHaveValue(
    'Aino Laine, Mikko Salo, Sari Öhman, Pekka Virta',
  );
  await room.keyboard.press('4');
  await expect(room.getByRole('textbox', { name: 'Action item 1: owner' })).toHaveValue('Aino Laine');
  await expect(room.getByTestId('feedback-item')).toHaveCount(2);

  // The CSV of lessons parses back: conclusions, the action item, the feedback.
  mkdirSync('test-results/downloads', { recursive: true });
  const [d] = await Promise.all([room.waitForEvent('download'), room.getByRole('button', { name: 'CSV: lessons' }).click()]);
  const path = `test-results/downloads/${d.suggestedFilename()}`;
  await d.saveAs(path);
  const rows = Papa.parse<string[]>(readFileSync(path, 'utf8').slice(1), { delimiter: ';', skipEmptyLines: true }).data;
  expect(rows[0]).toEqual(['Kind', 'Topic', 'Text', 'Owner', 'By', 'Useful (1–5)', 'Realistic (1–5)', 'Name']);
  expect(rows.filter((r) => r[0] === 'Conclusion')).toHaveLength(2);
  expect(rows.find((r) => r[0] === 'Action item')).toEqual([
    'Action item',
    '',
    'Write a holding-reply template for product complaints',
    'Aino Laine',
    '2026-12-16',
    '',
    '',
    '',
  ]);
  expect(rows.filter((r) => r[0] === 'Feedback').map((r) => r[7])).toEqual(['Mikko Salo', '']);

  // The printed report ends with the lessons page, and names the team's people.
  await room.emulateMedia({ media: 'print' });
  await expect(room.locator('[data-print-team="Team Notes"]')).toContainText(
    'Participants: Aino Laine, Mikko Salo, Sari Öhman, Pekka Virta',
  );
  const printed = room.locator('[data-print-lessons]');
  await expect(printed).toContainText('assign a channel owner');
  await expect(printed).toContainText('Write a holding-reply template for product complaints');
  await expect(printed).toContainText('2 answers');
  mkdirSync('screenshots', { recursive: true });
  await room.pdf({ path: 'screenshots/debrief-lessons-report.pdf', format: 'A4', printBackground: true });
  expect(
    (readFileSync('screenshots/debrief-lessons-report.pdf', 'latin1').match(/\/Type\s*\/Page\b/g) ?? []).length,
  ).toBeGreaterThanOrEqual(3);
  if (existsSync('/usr/bin/pdftoppm'))
    execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', 'screenshots/debrief-lessons-report.pdf', 'screenshots/debrief-lessons-report']);
  await room.emulateMedia({ media: 'screen' });
});

test('the inject queue: what comes next, held, skipped, delayed and sent now, each in the log as the facilitator’s', async ({
  context,
}) => {
  const { room, control } = await pausedTeamDrill(context, 'Team Queue');
  const queue = control.getByTestId('inject-queue');
  await expect(queue).toContainText('If the crisis moves to The video spreads');
  const item = (post: string) => queue.locator(`[data-queue="${post}"]`);

  await item('copycat').getByRole('button', { name: 'Hold' }).click();
  await expect(control.getByTestId('control-feedback')).toHaveText(/^Held: /);
  await expect(item('copycat')).toContainText('held');
  await item('troll').getByRole('button', { name: 'Skip' }).click();
  await expect(control.getByTestId('control-feedback')).toHaveText(/^Skipped: /);
  await expect(item('troll')).toContainText('skipped');
  await expect(item('troll').getByRole('button')).toHaveCount(0);
  await item('tabloid').getByRole('button', { name: 'Delay 5 min' }).click();
  await expect(item('tabloid')).toContainText('delayed 0:05:00');
  await control.screenshot({ path: 'screenshots/facilitator-control-queue-1920.png' });

  // Send now: the held post appears on the big screen at once and leaves the queue.
  await control.keyboard.press('q');
  await item('copycat').getByRole('button', { name: 'Send now' }).click();
  await expect(control.getByTestId('control-feedback')).toHaveText(/^Sent now: /);
  await expect(room.locator('[data-post="copycat"]')).toBeVisible();
  await expect(item('copycat')).toHaveCount(0);
  await expect(control.locator('.recent li').filter({ hasText: 'Inject queue' })).toHaveCount(3);
  await expect(control.locator('.recent li').filter({ hasText: 'Inject queue' }).first()).toContainText('facilitator');
});

test('at the largest text size, a post the facilitator sends to a channel out of view brings that channel into view', async ({
  context,
}) => {
  const room = await context.newPage();
  await room.setViewportSize(HD);
  await room.goto('/?lang=en&seed=4&speed=60');
  await startTeamDrill(room, () => room.getByRole('radio', { name: /A Christmas promise in the chat/ }).check(), 'Team Four');
  const larger = room.getByRole('button', { name: 'Larger text' });
  while (await larger.isEnabled()) await larger.click();
  const press = room.locator('.columns [data-channel="press"]');
  const inView = async () => {
    const [c, b] = [(await room.locator('.columns').boundingBox())!, (await press.boundingBox())!];
    return b.x >= c.x - 1 && b.x + b.width <= c.x + c.width + 1;
  };
  expect(await inView()).toBe(false);
  const control = await openControl(context, room);
  await control.getByRole('combobox', { name: 'On' }).selectOption({ label: 'Media inquiries' });
  await control.getByRole('textbox', { name: 'Text' }).fill('Is it true that the Christmas orders will not arrive?');
  await control.keyboard.press('Control+Enter');
  await expect(room.locator('article').filter({ hasText: 'Christmas orders will not arrive' })).toBeVisible();
  await expect.poll(inView).toBe(true);
});
