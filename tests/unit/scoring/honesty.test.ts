import { describe, expect, it } from 'vitest';
import { followUp, reply, statement } from '../../../src/engine/run/actions.ts';
import { scoreRun } from '../../../src/engine/scoring/index.ts';
import { buildRecord, min, tinyModel } from './record.ts';
import { changesOnly, flagsOf } from './expect.ts';

const GOOD = 'Hei Maija, pyydämme anteeksi tylyä kohtelua kassalla. Hyvitämme kahvin. t. Pyry';
const withGood = (...more: Parameters<typeof followUp>[]) =>
  buildRecord({ actions: [reply(min(5), 'complaint', GOOD), ...more.map((m) => followUp(...m))] });

const read = (text: string, post = 'complaint', language: 'fi' | 'en' = 'fi') =>
  flagsOf(scoreRun(buildRecord({ model: tinyModel(language), actions: [reply(min(5), post, text)] })), 'honesty.reply-reading')[0];

describe('honesty.reply-reading', () => {
  it('an apology instead of none raises honesty only', () => {
    const none = buildRecord({ actions: [reply(min(5), 'complaint', 'Hei Maija, kiitos viestistä kassalla tapahtuneesta. t. Pyry')] });
    const sorry = buildRecord({ actions: [reply(min(5), 'complaint', GOOD)] });
    const [a, b] = changesOnly(none, sorry, 'honesty');
    expect(flagsOf(a, 'honesty.reply-reading')[0].points).toBe(0);
    expect(flagsOf(b, 'honesty.reply-reading')[0]).toMatchObject({ points: 10, max: 10 });
    expect(flagsOf(b, 'honesty.reply-reading')[0].matches.map((m) => m.text)).toContain('pyydämme anteeksi');
  });

  it.each([
    ['apology with something specific', GOOD, 10],
    ['weak apology', 'Pahoittelemme, Maija.', 6],
    ['weak apology with a remedy: a regret, not owning the act (acceptable)', 'Pahoittelemme! Hyvitämme kahvin.', 6],
    ['apology with nothing specific: thin, acceptable', 'Pyydämme anteeksi.', 6],
    ['apology words stacked with nothing specific (stuffing)', 'Pyydämme anteeksi, olemme pahoillamme, pahoittelemme, ymmärrämme.', 0],
    ['apology referring to the complaint', 'Pyydämme anteeksi kylmää kahvia.', 10],
    ['one "mutta" in a good apology lowers it a step', 'Pyydämme anteeksi kylmää kahvia, mutta kassalla oli kiireinen sesonki.', 6],
    ['non-apology only', 'Pahoittelemme, jos joku pahoitti mielensä.', 0],
    ['negated apology', 'Emme pyydä anteeksi.', 0],
    ['arguing', 'Pyydämme anteeksi kylmää kahvia. Olet kuitenkin väärässä kassan suhteen.', 0],
  ])('at fault: %s', (_name, text, points) => {
    expect(read(text).points).toBe(points);
  });

  it.each([
    ['correction', 'Hei Liisa, oikea tieto on, että lihamme on tuoretta.', 10],
    ['concern', 'Hei Liisa, ymmärrämme huolesi.', 10],
    ['apologising for a false rumour', 'Hei Liisa, pyydämme anteeksi vanhaa lihaa.', 0],
    ['a bare denial', 'Hei Liisa, tämä ei pidä paikkaansa.', 6],
    ['neither', 'Kiitos viestistä.', 0],
  ])('not at fault: %s', (_name, text, points) => {
    expect(read(text, 'rumour').points).toBe(points);
  });

  it('a correction beats an apology for a false rumour, and a bare denial is between', () => {
    const correction = read('Hei Liisa, oikea tieto on, että lihamme on tuoretta.', 'rumour').points;
    const denial = read('Hei Liisa, tämä ei pidä paikkaansa.', 'rumour').points;
    const apology = read('Hei Liisa, pyydämme anteeksi vanhaa lihaa.', 'rumour').points;
    expect(correction).toBeGreaterThan(denial);
    expect(denial).toBeGreaterThan(apology);
  });

  it('works in English', () => {
    expect(read("Hi Maija, I'm sorry the coffee was cold. We'll refund it. – Anna", 'complaint', 'en').points).toBe(10);
    expect(read("We're sorry.", 'complaint', 'en').points).toBe(6);
    expect(read('We apologise, sorry, we take this seriously, we are sorry.', 'complaint', 'en').points).toBe(0);
    expect(read('To set the record straight, our meat is fresh.', 'rumour', 'en').points).toBe(10);
  });

  it('stuffing scores no better than a plain honest reply', () => {
    const plain = read('Hi Maija, we are sorry the cashier was rude and your coffee was cold.', 'complaint', 'en').points;
    const stuffed = read(
      'We apologise. We are so sorry. Our apologies. We take this seriously and we will fix it.',
      'complaint',
      'en',
    ).points;
    expect(stuffed).toBeLessThanOrEqual(plain);
  });

  it('scores the best of several replies to the post; an empty thank-you does not cap it', () => {
    const r = scoreRun(withGood([min(30), 'complaint', 'Kiitos vielä, Maija.']));
    expect(flagsOf(r, 'honesty.reply-reading')[0]).toMatchObject({ points: 10, action: 0 });
  });

  it('a harmful reply in the same thread caps the post at acceptable', () => {
    const r = scoreRun(withGood([min(30), 'complaint', 'Maija, olet väärässä kassan suhteen.']));
    expect(flagsOf(r, 'honesty.reply-reading')[0]).toMatchObject({ points: 6, action: 0 });
  });

  it('a public statement is read too, and its words are the evidence', () => {
    const r = scoreRun(
      buildRecord({ actions: [reply(min(5), 'complaint', GOOD), statement(min(30), 'Tiedote. Kyseessä oli yksittäistapaus.')] }),
    );
    const [f] = flagsOf(r, 'honesty.reply-reading').filter((x) => x.id.includes('statement'));
    expect(f).toMatchObject({ points: 0, action: 1 });
    expect(f.matches.map((m) => m.text)).toContain('yksittäistapaus');
  });

  it('says when the reading is unsure', () => {
    const f = read('Hi Maija, we are "sorry" 🙄 that the coffee was cold.', 'complaint', 'en');
    expect(f.unsure).toContain('sarcasm_cue');
    expect(f.explain.en).toMatch(/unsure/);
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

describe('honesty.promises', () => {
  it('a promise left unkept past its deadline lowers honesty only', () => {
    const text = 'Hei Maija, pyydämme anteeksi kylmää kahvia. Hyvitämme kahvin.';
    // The drill starts on a Tuesday at 10:00, so "huomenna" falls due on Wednesday at 17:00, 31 h in.
    const base = buildRecord({ actions: [reply(min(5), 'complaint', text, 'private')], endedAt: min(32 * 60) });
    const broken = buildRecord({
      actions: [reply(min(5), 'complaint', `${text} Soitamme sinulle huomenna.`, 'private')],
      endedAt: min(32 * 60),
    });
    const [, b] = changesOnly(base, broken, 'honesty');
    expect(flagsOf(b, 'honesty.promises')[0]).toMatchObject({ points: 0, max: 10, at: min(31 * 60), action: 0 });
    expect(flagsOf(b, 'honesty.promises')[0].matches[0].text).toBe('Soitamme sinulle huomenna');
  });

  it('a kept promise is 10 of 10; one not yet due is not scored', () => {
    const text = 'Hei Maija, pyydämme anteeksi kylmää kahvia. Soitamme sinulle tunnin sisällä.';
    const kept = scoreRun(
      buildRecord({ actions: [reply(min(5), 'complaint', text), followUp(min(30), 'complaint', 'Hei Maija, soitimme juuri.')] }),
    );
    expect(flagsOf(kept, 'honesty.promises')[0]).toMatchObject({ points: 10, max: 10 });
    const open = scoreRun(buildRecord({ actions: [reply(min(5), 'complaint', text)], endedAt: min(20) }));
    expect(flagsOf(open, 'honesty.promises')).toEqual([]);
  });
});

describe('honesty.copy-paste', () => {
  const TEMPLATE = (name: string) => `Hei ${name}, pyydämme anteeksi tapahtunutta. Selvitämme asian ja hyvitämme sen sinulle pian. t. Pyry`;
  it('the same template to a different person lowers honesty only', () => {
    const own = buildRecord({
      actions: [
        reply(min(5), 'complaint', TEMPLATE('Maija')),
        reply(min(30), 'copycat', 'Pekka, pyydämme anteeksi myöhästynyttä tilausta, hyvitämme toimituksen. t. Pyry'),
      ],
    });
    const copied = buildRecord({ actions: [reply(min(5), 'complaint', TEMPLATE('Maija')), reply(min(30), 'copycat', TEMPLATE('Pekka'))] });
    const [, b] = changesOnly(own, copied, 'honesty');
    const [f] = flagsOf(b, 'honesty.copy-paste');
    expect(f).toMatchObject({ points: -8, post: 'copycat', action: 1 });
    expect(f.matches).toEqual([{ start: 0, end: TEMPLATE('Pekka').length, text: TEMPLATE('Pekka') }]);
    expect(f.explain.en).toContain('Maija Virtanen');
  });

  it('repeating yourself to the same person is not copy-paste', () => {
    const r = scoreRun(
      buildRecord({ actions: [reply(min(5), 'complaint', TEMPLATE('Maija')), followUp(min(30), 'complaint', TEMPLATE('Maija'))] }),
    );
    expect(flagsOf(r, 'honesty.copy-paste')).toEqual([]);
  });
});
