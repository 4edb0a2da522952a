// The behaviours scenarios are tuned against (see the brief for trainers):
// an expert run totals ≥ 85, doing nothing ≤ 20, and "delete the complaint
// and argue" scores publicness and honesty ≤ 30.
import { describe, expect, it } from 'vitest';
import { escalate, followUp, remove, reply, statement } from '../../../src/engine/run/actions.ts';
import { scoreRun } from '../../../src/engine/scoring/index.ts';
import { buildRecord, min, tinyModel } from './record.ts';

const appeared: [string, number][] = [
  ['complaint', 0],
  ['copycat', min(25)],
  ['trollpost', min(30)],
  ['rumour', min(50)],
];

describe('targets', () => {
  it('an expert run (fi) totals ≥ 85', () => {
    const r = scoreRun(
      buildRecord({
        appeared,
        phases: [
          ['spark', 0],
          ['spreading', min(20)],
          ['media', min(45)],
          ['calm', min(100)],
        ],
        endedAt: min(120),
        actions: [
          reply(
            min(8),
            'complaint',
            'Hei Maija, pyydämme anteeksi tylyä kohtelua kassalla ja kylmää kahvia. Hyvitämme ostoksesi, ja soitamme sinulle tänään. t. Pyry',
          ),
          reply(min(10), 'complaint', 'Hei Maija, laitatko puhelinnumerosi tähän viestiin? t. Pyry', 'private'),
          escalate(min(22), 1, 'Leviää, viestintä tietoon'),
          reply(
            min(30),
            'copycat',
            'Pekka, olemme todella pahoillamme, että tilauksesi myöhästyi viikon. Lähetämme sen tänään ja hyvitämme toimituskulut. t. Pyry',
          ),
          escalate(min(47), 2, 'Media kysyy'),
          statement(
            min(50),
            'Pyydämme anteeksi asiakkaallemme kassalla sattunutta. Olemme hyvittäneet ostoksen ja käymme ohjeet läpi henkilökunnan kanssa. – toimitusjohtaja Anna Koski',
            'Anna Koski',
          ),
          reply(min(55), 'rumour', 'Hei Liisa, ymmärrämme huolen. Oikea tieto on, että lihamme on tuoretta ja tarkastettua. t. Pyry'),
          followUp(min(80), 'complaint', 'Maija, soitimme ja asia on nyt hoidettu. Kiitos kärsivällisyydestäsi! t. Pyry'),
          followUp(min(90), 'copycat', 'Pekka, pakettisi on matkalla. t. Pyry'),
        ],
      }),
    );
    expect(r.total).toBeGreaterThanOrEqual(85);
    expect(r.flags.filter((f) => f.max === undefined)).toEqual([]);
  });

  it('an expert run (en) totals ≥ 85', () => {
    const r = scoreRun(
      buildRecord({
        model: tinyModel('en'),
        appeared: [
          ['complaint', 0],
          ['rumour', min(50)],
        ],
        phases: [
          ['spark', 0],
          ['spreading', min(20)],
        ],
        endedAt: min(120),
        actions: [
          reply(
            min(6),
            'complaint',
            "Hi Maija, I'm sorry the cashier was rude and the coffee cold. We'll refund it and call you today.\n– Anna, customer care",
          ),
          escalate(min(21), 1),
          reply(
            min(55),
            'rumour',
            'Hi Liisa, we understand the worry. To set the record straight: our meat is fresh and inspected.\n– Anna',
          ),
          followUp(min(70), 'complaint', 'Maija, we called and refunded you. Thanks for your patience!\n– Anna'),
        ],
      }),
    );
    expect(r.total).toBeGreaterThanOrEqual(85);
  });

  it('doing nothing totals ≤ 20', () => {
    const r = scoreRun(
      buildRecord({
        appeared,
        phases: [
          ['spark', 0],
          ['spreading', min(20)],
          ['media', min(45)],
          ['national', min(90)],
        ],
        endedAt: min(120),
      }),
    );
    expect(r.total).toBeLessThanOrEqual(20);
  });

  it('deleting the complaint and arguing scores publicness and honesty ≤ 30', () => {
    const arguedThenDeleted = scoreRun(
      buildRecord({
        appeared: [['complaint', 0]],
        actions: [reply(min(5), 'complaint', 'Maija, et ole ymmärtänyt: kahvimme on aina kuumaa.'), remove(min(10), 'complaint')],
      }),
    );
    expect(arguedThenDeleted.scores.publicness).toBeLessThanOrEqual(30);
    expect(arguedThenDeleted.scores.honesty).toBeLessThanOrEqual(30);

    const deletedAndArguedWithCopycat = scoreRun(
      buildRecord({
        appeared: [
          ['complaint', 0],
          ['copycat', min(5)],
        ],
        actions: [remove(min(3), 'complaint'), reply(min(8), 'copycat', 'Pekka, olet väärässä, tilaus lähti ajallaan.')],
      }),
    );
    expect(deletedAndArguedWithCopycat.scores.publicness).toBeLessThanOrEqual(30);
    expect(deletedAndArguedWithCopycat.scores.honesty).toBeLessThanOrEqual(30);
  });
});
