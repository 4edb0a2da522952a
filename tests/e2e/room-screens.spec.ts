// Screenshots of the facilitator's screens at 1920×1080 in both languages,
// for a person to look at from "the back of the room" (saved under
// screenshots/): the big screen, the control window with a note, a held
// post and a forced phase, and the debrief's three views. Also checks that
// the big screen and the debrief never scroll sideways, and axe-core finds
// nothing serious on any of them, in either language.
import { accessible } from './helpers.ts';
import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const HD = { width: 1920, height: 1080 };
const result = (name: string) => fileURLToPath(new URL(`../fixtures/results/${name}`, import.meta.url));
const L = {
  en: {
    title: /The Hot Days video/,
    team: 'Team name',
    show: 'Show the briefing on this screen',
    start: 'Start',
    on: 'Connected to the big screen',
    hold: 'Hold',
    dismiss: 'Hide these messages',
  },
  fi: {
    title: /Video Kuumilta päiviltä/,
    team: 'Ryhmän nimi',
    show: 'Näytä tehtävänanto tällä näytöllä',
    start: 'Aloita',
    on: 'Yhteys isoon näyttöön',
    hold: 'Pidätä',
    dismiss: 'Piilota viestit',
  },
} as const;

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const lang of ['en', 'fi'] as const) {
  test(`the room, the control window and the debrief at 1920×1080 in ${lang}`, async ({ context }) => {
    test.setTimeout(120_000);
    const l = L[lang];
    const room = await context.newPage();
    await room.setViewportSize(HD);
    await room.goto(`/?lang=${lang}&seed=4&speed=60#team`);
    await room.getByRole('radio', { name: l.title }).check();
    await room.getByRole('textbox', { name: l.team }).fill(lang === 'fi' ? 'Tiimi Äänekoski' : 'Team Aalto');
    await room.getByRole('button', { name: l.show }).click();
    await room.getByRole('button', { name: l.start, exact: true }).click();
    await expect(room.getByTestId('clock')).toBeVisible();

    // Paired by the code the big screen shows, as the room's own button opens it.
    const pair = await room.getByTestId('room-pair-code').innerText();
    const control = await context.newPage();
    await control.setViewportSize(HD);
    await control.goto(`/?control=1&lang=${lang}&pair=${pair}`);
    await expect(control.getByTestId('control-status')).toHaveText(l.on, { timeout: 15_000 });
    await control.keyboard.press('Space');
    await control.keyboard.press('m');
    await control.keyboard.type(lang === 'fi' ? 'Kukaan ei ole vielä avannut Facebookia' : 'Nobody has opened Facebook yet');
    await control.keyboard.press('Enter');
    await control.getByTestId('inject-queue').locator('[data-queue="copycat"]').getByRole('button', { name: l.hold }).click();
    await control.keyboard.press('p');
    await control.keyboard.press('ArrowDown'); // The video spreads → A tabloid asks
    await expect(control.locator('select:focus')).toHaveValue('viral');
    await control.keyboard.press('Tab');
    await control.keyboard.type(lang === 'fi' ? 'Harjoitellaan toimittajan soittoa' : 'Practise the journalist’s call');
    await control.keyboard.press('Enter');
    await expect(room.locator('[data-post="tabloid"]')).toBeVisible();
    await room.waitForTimeout(400);
    await room.screenshot({ path: `screenshots/room-${lang}-1920.png` });
    await control.screenshot({ path: `screenshots/control-${lang}-1920.png` });
    expect(await sideways(room)).toBeLessThanOrEqual(0);
    await accessible(room, `big screen (${lang})`);
    await accessible(control, `control window (${lang})`);
    await control.close();

    await room.goto(`/?lang=${lang}#debrief`);
    await room.getByTestId('debrief-files').setInputFiles(['team-aalto.json', 'team-bjork.json', 'team-caro.json'].map(result));
    await room.getByRole('button', { name: l.dismiss }).click();
    for (const key of ['1', '2', '3']) {
      await room.keyboard.press(key);
      await room.waitForTimeout(400);
      await room.screenshot({ path: `screenshots/debrief-${lang}-${key}-1920.png` });
      expect(await sideways(room)).toBeLessThanOrEqual(0);
      await accessible(room, `debrief view ${key} (${lang})`);
    }
  });
}
