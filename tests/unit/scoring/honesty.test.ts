import { describe, expect, it } from 'vitest';
import { followUp, reply, statement } from '../../../src/engine/run/actions.ts';
import { scoreRun } from '../../../src/engine/scoring/index.ts';
import { buildRecord, min, tinyModel } from './record.ts';
import { changesOnly, flagsOf } from './expect.ts';

const GOOD = 'Hei Maija, pyydämme anteeksi tylyä kohtelua kassalla. Hyvitämme kahvin. t. Pyry';
const withGood = (...more: Parameters<typeof followUp>[]) =>
  buildRecord({ actions: [reply(min(5), 'complaint', GOOD), ...more.map((m) => followUp(...m))] });

const fits = (text: string, post = 'complaint', language: 'fi' | 'en' = 'fi') =>
  flagsOf(scoreRun(buildRecord({ model: tinyModel(language), actions: [reply(min(5), post, text)] })), 'honesty.apology-fits')[0];

describe('honesty.apology-fits', () => {
  it('an apology instead of none raises honesty only', () => {
    const none = buildRecord({ actions: [reply(min(5), 'complaint', 'Hei Maija, kiitos viestistä kassalla tapahtuneesta. t. Pyry')] });
    const sorry = buildRecord({ actions: [reply(min(5), 'complaint', GOOD)] });
    const [a, b] = changesOnly(none, sorry, 'honesty');
    expect(flagsOf(a, 'honesty.apology-fits')[0].points).toBe(0);
    expect(flagsOf(b, 'honesty.apology-fits')[0]).toMatchObject({ points: 10, max: 10 });
    expect(flagsOf(b, 'honesty.apology-fits')[0].matches.map((m) => m.text)).toContain('pyydämme anteeksi');
  });

  it.each([
    ['apology with something specific', GOOD, 10],
    ['weak apology', 'Pahoittelemme, Maija.', 6],
    ['weak apology with a remedy', 'Pahoittelemme! Hyvitämme kahvin.', 8],
    ['apology with nothing specific (keyword gaming)', 'Pyydämme anteeksi.', 7],
    ['apology referring to the complaint', 'Pyydämme anteeksi kylmää kahvia.', 10],
    ['non-apology only', 'Pahoittelemme, jos joku pahoitti mielensä.', 0],
    ['negated apology', 'Emme pyydä anteeksi.', 0],
  ])('at fault: %s', (_name, text, points) => {
    expect(fits(text).points).toBe(points);
  });

  it.each([
    ['correction', 'Hei Liisa, oikea tieto on, että lihamme on tuoretta.', 10],
    ['concern', 'Hei Liisa, ymmärrämme huolesi.', 10],
    ['apologising for a false rumour', 'Hei Liisa, pyydämme anteeksi vanhaa lihaa.', 3],
    ['neither', 'Kiitos viestistä.', 0],
  ])('not at fault: %s', (_name, text, points) => {
    expect(fits(text, 'rumour').points).toBe(points);
  });

  it('works in English', () => {
    expect(fits("Hi Maija, I'm sorry the coffee was cold. We'll refund it. – Anna", 'complaint', 'en').points).toBe(10);
    expect(fits("We're sorry.", 'complaint', 'en').points).toBe(7);
    expect(fits('To set the record straight, our meat is fresh.', 'rumour', 'en').points).toBe(10);
  });

  it('scores the best of several replies to the post', () => {
    const r = scoreRun(withGood([min(30), 'complaint', 'Kiitos vielä, Maija.']));
    expect(flagsOf(r, 'honesty.apology-fits')[0]).toMatchObject({ points: 10, action: 0 });
  });
});

describe('honesty.unanswered', () => {
  it('a post with no reply at all is 0 of 10; a private reply is an answer', () => {
    const silent = scoreRun(buildRecord({ appeared: [['complaint', 0]] }));
    expect(flagsOf(silent, 'honesty.unanswered')[0]).toMatchObject({ points: 0, max: 10, post: 'complaint' });
    expect(silent.scores.honesty).toBe(0);
    const dm = scoreRun(buildRecord({ actions: [reply(min(5), 'complaint', GOOD, 'private')] }));
    expect(flagsOf(dm, 'honesty.unanswered')).toEqual([]);
  });
});

// Each phrase penalty is shown with a later follow-up, so that the first
// reply — and with it speed, publicness and the apology credit — is the same.
describe.each([
  ['honesty.non-apology', 'Pahoittelemme, jos joku pahoitti mielensä.', -10, 'Pahoittelemme, jos joku pahoitti mielensä'],
  ['honesty.excuse', 'Kyseessä oli yksittäistapaus.', -10, 'yksittäistapaus'],
  ['honesty.scapegoat', 'Syy oli alihankkijamme.', -12, 'alihankkijamme'],
  ['honesty.arguing', 'Olet väärässä.', -15, 'Olet väärässä'],
  ['honesty.denial', 'Emme ole tehneet mitään väärää.', -15, 'Emme ole tehneet mitään väärää'],
  ['honesty.over-promise', 'Tämä ei toistu koskaan.', -8, 'ei toistu koskaan'],
])('%s', (rule, text, points, matched) => {
  it('a reply with the phrase lowers honesty only, with the words as evidence', () => {
    const base = withGood([min(20), 'complaint', 'Maija, hyvitys on nyt tililläsi.']);
    const variant = withGood([min(20), 'complaint', `Maija, hyvitys on nyt tililläsi. ${text}`]);
    const [, b] = changesOnly(base, variant, 'honesty');
    const [f] = flagsOf(b, rule);
    expect(f).toMatchObject({ points, post: 'complaint', at: min(20), action: 1 });
    expect(f.max).toBeUndefined();
    expect(f.matches.map((m) => m.text)).toEqual([matched]);
    expect(f.explain.fi).toContain(matched);
    expect(f.explain.en).toContain(matched);
  });

  it('a public statement with the phrase counts too', () => {
    const base = withGood();
    const variant = buildRecord({ actions: [reply(min(5), 'complaint', GOOD), statement(min(30), `Tiedote. ${text}`)] });
    const [, b] = changesOnly(base, variant, 'honesty');
    expect(flagsOf(b, rule)[0]).toMatchObject({ points, action: 1 });
  });
});

describe('honesty penalties that fit a false rumour', () => {
  it.each(['honesty.denial', 'honesty.excuse', 'honesty.scapegoat'])('%s is not applied where the company was not at fault', (rule) => {
    const text = 'Liisa, tieto ei pidä paikkaansa: kyseessä on väärinkäsitys, jonka alihankkija levitti.';
    expect(flagsOf(scoreRun(buildRecord({ actions: [reply(min(5), 'rumour', text)] })), rule)).toEqual([]);
  });
  it('arguing is penalised anyway', () => {
    expect(flagsOf(scoreRun(buildRecord({ actions: [reply(min(5), 'rumour', 'Olet väärässä.')] })), 'honesty.arguing')).toHaveLength(1);
  });
});

describe('honesty.broken-promise', () => {
  it('a promise left unkept past its deadline lowers honesty only', () => {
    // Private replies keep speed at 0 of 10 either way, so the 0 of 5 that
    // speed.follow-up-on-time adds for the same promise does not move speed.
    const text = 'Hei Maija, pyydämme anteeksi. Hyvitämme kahvin.';
    const base = buildRecord({ actions: [reply(min(5), 'complaint', text, 'private')], endedAt: min(26 * 60) });
    const broken = buildRecord({ actions: [reply(min(5), 'complaint', `${text} Soitamme sinulle huomenna.`, 'private')], endedAt: min(26 * 60) });
    const [, b] = changesOnly(base, broken, 'honesty');
    expect(flagsOf(b, 'honesty.broken-promise')[0]).toMatchObject({ points: -15, at: min(5 + 24 * 60), action: 0 });
    expect(flagsOf(b, 'honesty.broken-promise')[0].matches[0].text).toBe('Soitamme sinulle huomenna');
  });
});

describe('honesty.copy-paste', () => {
  const TEMPLATE = (name: string) => `Hei ${name}, pyydämme anteeksi tapahtunutta. Selvitämme asian ja hyvitämme sen sinulle pian. t. Pyry`;
  it('the same template to a different person lowers honesty only', () => {
    const own = buildRecord({
      actions: [reply(min(5), 'complaint', TEMPLATE('Maija')), reply(min(30), 'copycat', 'Pekka, pyydämme anteeksi myöhästynyttä tilausta, hyvitämme toimituksen. t. Pyry')],
    });
    const copied = buildRecord({ actions: [reply(min(5), 'complaint', TEMPLATE('Maija')), reply(min(30), 'copycat', TEMPLATE('Pekka'))] });
    const [, b] = changesOnly(own, copied, 'honesty');
    const [f] = flagsOf(b, 'honesty.copy-paste');
    expect(f).toMatchObject({ points: -8, post: 'copycat', action: 1 });
    expect(f.matches).toEqual([{ start: 0, end: TEMPLATE('Pekka').length, text: TEMPLATE('Pekka') }]);
    expect(f.explain.en).toContain('Maija Virtanen');
  });

  it('repeating yourself to the same person is not copy-paste', () => {
    const r = scoreRun(buildRecord({ actions: [reply(min(5), 'complaint', TEMPLATE('Maija')), followUp(min(30), 'complaint', TEMPLATE('Maija'))] }));
    expect(flagsOf(r, 'honesty.copy-paste')).toEqual([]);
  });
});
