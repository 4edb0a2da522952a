import { describe, it } from 'vitest';
import { checkCase, type MarkerCase } from './helpers.ts';

const CASES: Record<string, MarkerCase[]> = {
  apology: [
    { text: 'Pyydämme anteeksi huonoa palvelua.', has: [['apology', 'Pyydämme anteeksi']] },
    { text: 'Pyydän anteeksi.', has: [['apology', 'Pyydän anteeksi']] },
    { text: 'Tästä pyydetään anteeksi.', has: [['apology', 'pyydetään anteeksi']] },
    { text: 'Pyydämme vilpittömästi anteeksi.', has: [['apology', 'Pyydämme vilpittömästi anteeksi']] },
    { text: 'Anteeksi, Maija.', has: [['apology', 'Anteeksi']] },
    { text: 'Esitämme anteeksipyynnön.', has: [['apology', 'anteeksipyynnön']] },
    { text: 'Olen pahoillani.', has: [['apology', 'Olen pahoillani']] },
    { text: 'Olemme todella pahoillamme.', has: [['apology', 'Olemme todella pahoillamme']] },
    { text: 'Pahoillamme tästä.', has: [['apology', 'Pahoillamme']] },
    { text: 'Teimme virheen.', has: [['apology', 'Teimme virheen']] },
    { text: 'Teimme ison virheen.', has: [['apology', 'Teimme ison virheen']] },
    { text: 'Virheemme oli anteeksiantamaton.', has: [['apology', 'Virheemme']] },
    { text: 'Virhe oli meidän.', has: [['apology', 'Virhe oli meidän']] },
    { text: 'Mokasimme pahasti.', has: [['apology', 'Mokasimme']] },
  ],
  weak_apology: [
    { text: 'Pahoittelemme viivästystä.', has: [['weak_apology', 'Pahoittelemme']], not: ['apology'] },
    { text: 'Pahoittelut tästä!', has: [['weak_apology', 'Pahoittelut']] },
    { text: 'Pahoittelen tilannetta.', has: [['weak_apology', 'Pahoittelen']] },
  ],
  non_apology: [
    { text: 'Pahoittelemme katkon aiheuttamaa haittaa.', has: [['non_apology', 'aiheuttamaa haittaa']], not: ['weak_apology'] },
    {
      text: 'Pahoittelemme, jos joku loukkaantui.',
      has: [['non_apology', 'Pahoittelemme, jos joku loukkaantui']],
      not: ['weak_apology', 'apology'],
    },
    { text: 'Anteeksi jos tämä tuntui pahalta.', has: [['non_apology', 'Anteeksi jos']], not: ['apology'] },
    {
      text: 'Pyydämme anteeksi kaikilta mielensä pahoittaneilta.',
      has: [['non_apology', 'mielensä pahoittaneilta']],
      not: ['apology'],
    },
    { text: 'Pahoittelemme aiheutunutta mielipahaa.', has: [['non_apology', 'aiheutunutta mielipahaa']], not: ['weak_apology'] },
    { text: 'Pahoittelemme mahdollista haittaa.', has: [['non_apology', 'mahdollista haittaa']], not: ['weak_apology'] },
    { text: 'Sori siitä.', has: [['non_apology', 'Sori siitä']], not: ['weak_apology'] },
  ],
  negation: [
    { text: 'Emme pyydä anteeksi.', has: [['negation', 'Emme pyydä anteeksi']], not: ['apology'] },
    { text: 'En ole pahoillani.', has: [['negation', 'En ole pahoillani']], not: ['apology'] },
    { text: 'Emme todellakaan ole pahoillamme.', has: [['negation', 'Emme todellakaan ole pahoillamme']], not: ['apology'] },
    { text: 'Emme pahoittele mitään.', has: [['negation', 'Emme pahoittele']], not: ['weak_apology'] },
    { text: 'Emme aio pyytää anteeksi.', has: [['negation', 'Emme aio pyytää anteeksi']], not: ['apology'] },
    { text: 'Se ei ole meidän vikamme.', has: [['negation', 'ei ole meidän vikamme']], not: ['apology'] },
  ],
  excuse: [
    { text: 'Lounasruuhkassa tilaukset menivät sekaisin.', has: [['excuse', 'Lounasruuhkassa']] },
    { text: 'Viivästys johtui poikkeuksellisen kovasta pakkasesta.', has: [['excuse', 'johtui poikkeuksellisen']] },
    { text: 'Lumimyrsky katkaisi yhteydet.', has: [['excuse', 'Lumimyrsky']] },
    { text: 'Emme valitettavasti kommentoi henkilöstöasioita.', has: [['excuse', 'Emme valitettavasti kommentoi']] },
    {
      text: 'Pyydämme anteeksi, mutta kassalla oli kiire.',
      has: [
        ['apology', 'Pyydämme anteeksi'],
        ['excuse', 'mutta'],
      ],
    },
    { text: 'Pahoittelemme. Mutta jono oli pitkä.', has: [['excuse', 'Mutta']] },
    { text: 'Hinta on hyvä mutta laatu huono.', has: [], not: ['excuse'] },
    { text: 'Toimimme ohjeistuksemme mukaan.', has: [['excuse', 'ohjeistuksemme mukaan']] },
    { text: 'Kiireinen sesonki yllätti.', has: [['excuse', 'Kiireinen sesonki']] },
    { text: 'Kiireisen sesongin aikana.', has: [['excuse', 'Kiireisen sesongin']] },
    { text: 'Kyseessä on yksittäistapaus.', has: [['excuse', 'yksittäistapaus']] },
    { text: 'Tämä oli väärinkäsitys.', has: [['excuse', 'väärinkäsitys']] },
  ],
  scapegoat: [
    { text: 'Kyse oli ulkopuolisen siivousyrityksen työntekijästä.', has: [['scapegoat', 'ulkopuolisen siivousyrityksen työntekijästä']] },
    { text: 'Vika oli lipunvälittäjän päässä.', has: [['scapegoat', 'lipunvälittäjän']] },
    { text: 'Virhe tapahtui alihankkijallamme.', has: [['scapegoat', 'alihankkijallamme']] },
    { text: 'Alihankkija teki virheen.', has: [['scapegoat', 'Alihankkija']] },
    { text: 'Syynä oli järjestelmävirhe.', has: [['scapegoat', 'järjestelmävirhe']] },
    { text: 'Uusi työntekijä ei tuntenut ohjeita.', has: [['scapegoat', 'Uusi työntekijä']] },
  ],
  arguing: [
    { text: 'Asiakas on selvästi ymmärtänyt tarjouksen väärin.', has: [['arguing', 'on selvästi ymmärtänyt tarjouksen väärin']] },
    { text: 'Kirjoittaja ymmärsi ehdot väärin.', has: [['arguing', 'ymmärsi ehdot väärin']] },
    { text: 'Olemme ymmärtäneet viestisi väärin, anteeksi.', has: [], not: ['arguing'] },
    { text: 'Kommentti on pelkkää valhetta.', has: [['arguing', 'valhetta']] },
    { text: 'Kuvat antavat asiasta yksipuolisen kuvan.', has: [['arguing', 'yksipuolisen kuvan']] },
    { text: 'Olisit vain lukenut ohjeet.', has: [['arguing', 'Olisit vain lukenut']] },
    { text: 'Ensi kerralla kannattaa katsoa aukioloajat.', has: [['arguing', 'Ensi kerralla kannattaa']] },
    { text: 'Et ole ymmärtänyt ehtoja.', has: [['arguing', 'Et ole ymmärtänyt']] },
    { text: 'Väitteesi on väärä.', has: [['arguing', 'Väitteesi']] },
    { text: 'Olet väärässä.', has: [['arguing', 'Olet väärässä']] },
    { text: 'Ymmärsit väärin.', has: [['arguing', 'Ymmärsit väärin']] },
  ],
  denial: [
    { text: 'Ei meidän vika.', has: [['denial', 'Ei meidän vika']], not: ['apology'] },
    { text: 'Tämä on perätön väite.', has: [['denial', 'Tämä on perätön']] },
    { text: 'Lelumme ovat täysin turvallisia.', has: [['denial', 'ovat täysin turvallisia']] },
    { text: 'Tämä ei pidä paikkaansa.', has: [['denial', 'ei pidä paikkaansa']] },
    { text: 'Emme ole tehneet mitään väärää.', has: [['denial', 'Emme ole tehneet mitään väärää']] },
    { text: 'Se on täysin normaali käytäntö.', has: [['denial', 'täysin normaali']] },
  ],
  correction: [
    {
      text: 'Tarkastusraportti on luettavissa sivuillamme.',
      has: [
        ['correction', 'Tarkastusraportti'],
        ['correction', 'on luettavissa'],
      ],
    },
    {
      text: 'Laboratorion näytteet olivat puhtaita.',
      has: [
        ['correction', 'Laboratorion'],
        ['correction', 'näytteet'],
      ],
    },
    { text: 'Toimitusehtojen kohdassa 7 sanotaan näin.', has: [['correction', 'kohdassa 7']] },
    { text: 'Pelastuslaitos on todennut, että hälytys oli aiheeton.', has: [['correction', 'Pelastuslaitos on todennut']] },
    { text: 'Oikea tieto on, että liha on tuoretta.', has: [['correction', 'Oikea tieto']] },
    { text: 'Tosiasiassa myymme vain tuoretta.', has: [['correction', 'Tosiasiassa']] },
    { text: 'Tässä faktat.', has: [['correction', 'faktat']] },
    { text: 'Korjaamme väärän tiedon.', has: [['correction', 'Korjaamme väärän tiedon']] },
  ],
  over_promise: [
    { text: 'Hissit toimivat taas.', has: [['premature_claim', 'toimivat taas']] },
    { text: 'Sellaista ei tule enää tapahtumaan.', has: [['over_promise', 'ei tule enää']] },
    { text: 'Tämä ei toistu koskaan.', has: [['over_promise', 'ei toistu koskaan']] },
    { text: 'Tämä ei tule koskaan toistumaan.', has: [['over_promise', 'ei tule koskaan toistumaan']] },
    { text: 'Takaamme sen.', has: [['over_promise', 'Takaamme']] },
    { text: 'Olemme 100 % varmoja.', has: [['over_promise', '100 %']] },
    { text: 'Ei ikinä enää.', has: [['over_promise', 'ikinä enää']] },
  ],
  remedy: [
    { text: 'Palautamme toimitusmaksun tilillesi.', has: [['remedy', 'Palautamme toimitusmaksun']] },
    { text: 'Seuraava kahvi on talon piikkiin.', has: [['remedy', 'talon piikkiin']] },
    { text: 'Korjaamme pyörän veloituksetta.', has: [['remedy', 'veloituksetta']] },
    { text: 'Saat seuraavan toimituksen ilmaiseksi.', has: [['remedy', 'ilmaiseksi']] },
    { text: 'Tuomme uuden lampun tilalle.', has: [['remedy', 'uuden lampun tilalle']] },
    { text: 'Vaihdamme rikkinäiset lasit uusiin.', has: [['remedy', 'Vaihdamme rikkinäiset lasit uusiin']] },
    { text: 'Ylimääräinen veloitus perutaan.', has: [['remedy', 'veloitus perutaan']] },
    { text: 'Laskun eräpäivää on siirretty viikolla.', has: [['remedy', 'eräpäivää on siirretty']] },
    { text: 'Hyvitämme ostoksen.', has: [['remedy', 'Hyvitämme']] },
    { text: 'Saat hyvityksen.', has: [['remedy', 'hyvityksen']] },
    { text: 'Korvaamme vahingon.', has: [['remedy', 'Korvaamme']] },
    { text: 'Palautamme rahat.', has: [['remedy', 'Palautamme rahat']] },
    { text: 'Lähetämme lahjakortin.', has: [['remedy', 'lahjakortin']] },
  ],
  concern: [
    { text: 'Olemme pahoillamme kuulla tästä.', has: [['concern', 'pahoillamme kuulla']], not: ['apology'] },
    { text: 'Ymmärrämme turhautumisesi.', has: [['concern', 'Ymmärrämme']] },
    { text: 'Harmittaa kuulla.', has: [['concern', 'Harmittaa']] },
    { text: 'Ikävä kuulla tästä.', has: [['concern', 'Ikävä kuulla']] },
  ],
  signature: [
    { text: 'Soitamme huomenna.\nt. Pyry', has: [['signature', 't. Pyry']] },
    { text: 'Kiitos viestistä. t. Pyry', has: [['signature', 't. Pyry']] },
    { text: 'Kiitos.\n\nTerveisin Anna', has: [['signature', 'Terveisin Anna']] },
    { text: 'Kiitos.\nYstävällisin terveisin\nAnna Koski', has: [['signature', 'Ystävällisin terveisin\nAnna Koski']] },
    { text: 'Kiitos.\n– Anna, asiakaspalvelu', has: [['signature', '– Anna, asiakaspalvelu']] },
    { text: 'Kiitos! /Pyry', has: [['signature', '/Pyry']] },
    { text: 'Pyry soittaa huomenna.', has: [], not: ['signature'] },
  ],
  name: [
    { text: 'Hei Maija!', name: 'Maija Virtanen', has: [['name', 'Maija']] },
    { text: 'Soitamme Maijalle.', name: 'Maija Virtanen', has: [['name', 'Maijalle']] },
    { text: 'Maijan tilaus on matkalla.', name: 'Maija Virtanen', has: [['name', 'Maijan']] },
    { text: 'Soitamme Pekalle.', name: 'Pekka Korhonen', has: [['name', 'Pekalle']] },
    { text: 'Kiitos, Tuomakselle tiedoksi.', name: 'Tuomas', has: [['name', 'Tuomakselle']] },
    { text: 'Anna palautetta!', name: 'Anna', has: [['name', 'Anna']] },
    { text: 'anna palautetta!', name: 'Anna', has: [], not: ['name'] },
    { text: 'Hei Matti!', name: 'Maija Virtanen', has: [], not: ['name'] },
  ],
};

describe('Finnish markers', () => {
  for (const [kind, cases] of Object.entries(CASES)) {
    describe(kind, () => {
      it.each(cases.map((c) => [c.text, c] as const))('%s', (_t, c) => checkCase(c, 'fi'));
    });
  }
});
