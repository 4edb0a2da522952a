import { describe, expect, it } from 'vitest';
import { judgeReply } from '../../../src/engine/text/index.ts';
import { analyse } from './helpers.ts';

const AT_FAULT = { companyAtFault: true };
const NOT_AT_FAULT = { companyAtFault: false };

describe('judgeReply', () => {
  it.each([
    ['fi', 'Pyydämme anteeksi, Maija. Hyvitämme ostoksen.', true, true],
    ['fi', 'Pahoittelemme! Hyvitämme ostoksen.', false, true],
    ['fi', 'Pahoittelemme tilannetta.', false, false],
    ['fi', 'Pahoittelemme, jos joku pahoitti mielensä.', false, false],
    ['fi', 'Emme pyydä anteeksi.', false, false],
    ['fi', 'Pyydämme anteeksi, mutta ohjeistuksemme mukaan toimittiin.', true, false],
    ['fi', 'Pyydämme anteeksi, alihankkijamme teki virheen.', true, false],
    ['fi', 'Pyydämme anteeksi. Tämä ei toistu koskaan.', true, false],
    ['fi', 'Väitteesi ei pidä paikkaansa.', false, false],
    ['en', "We're sorry, we got this wrong. We'll refund you.", true, true],
    ['en', "We're sorry if you feel upset.", false, false],
    ['en', 'We did nothing wrong.', false, false],
  ] as const)('at fault (%s): %s', (lang, text, apology, honest) => {
    const j = judgeReply(analyse(text, lang), AT_FAULT);
    expect({ apology: j.apology, honest: j.honest }).toEqual({ apology, honest });
    expect(j.reasons.length).toBeGreaterThan(0);
  });

  it.each([
    ['fi', 'Oikea tieto on, että lihamme on tuoretta.', true],
    ['fi', 'Ymmärrämme huolen. Tieto ei pidä paikkaansa.', true],
    ['fi', 'Pahoittelemme hämmennystä. Oikea tieto on tämä.', true],
    ['fi', 'Pyydämme anteeksi vanhaa lihaa.', false],
    ['fi', 'Olet väärässä. Oikea tieto on tämä.', false],
    ['fi', 'Kiitos viestistä.', false],
    ['en', 'To set the record straight: the meat is fresh.', true],
    ['en', "We're sorry for selling old meat.", false],
  ] as const)('not at fault (%s): %s', (lang, text, honest) => {
    expect(judgeReply(analyse(text, lang), NOT_AT_FAULT).honest).toBe(honest);
  });

  it('explains itself with reason codes', () => {
    const j = judgeReply(analyse('Pyydämme anteeksi, mutta alihankkija mokasi.', 'fi'), AT_FAULT);
    expect(j.reasons).toEqual(['apology', 'excuse', 'scapegoat']);
    expect(judgeReply(analyse('Pyydämme anteeksi.', 'fi'), NOT_AT_FAULT).reasons).toContain('apologised_for_false_rumour');
  });
});
