// Finnish lexicon. Stems with `@` so that inflected forms match
// (pyydämme/pyydän/pyydetään, pahoittelemme/pahoittelut/pahoittelen);
// see pattern.ts for the notation. Sources: docs/design domain notes
// (Finnish practice articles and crisis-communication research).
import type { Lexicon } from './lexicon.ts';

export const FI: Lexicon = {
  markers: {
    apology: [
      'pyyd@ ~anteeksi',
      'anteeksipyy@',
      'anteeksi',
      '((ole|oli)@ ~)?pahoilla(ni|mme)',
      'te(in|imme) ~(virhe@|moka@)',
      'moka(sin|simme|ttiin)',
      'virhee(mme|ni)',
      'virhe (oli|on) ~(meidän|minun)',
      '(meidän|minun) ~(virhe@|vika@|syy@|moka@)',
      'epäonnistu(in|imme)',
      // The colloquial "sori" is "I'm sorry", not the formal regret.
      'sori',
    ],
    // Regret without asking forgiveness: weaker (domain notes).
    weak_apology: ['pahoittel@'],
    non_apology: [
      '(pahoittel@|anteeksi|pahoilla(ni|mme)|sori) ~(jos|mikäli)',
      'mielen(sä)? pahoitta@',
      'pahoitti@ ~mielen@',
      // The condition in any words: "mikäli joku koki tulleensa loukatuksi", "jos joku koki mainoksemme loukkaavaksi".
      '(jos|mikäli) ~~(loukat@|loukkaa@|loukkaantu@|loukkaav@|pahastu@|pahoitti@)',
      // Sorry for the feelings, not the act: "olemme pahoillamme kaikesta mielipahasta".
      '(pahoittel@|pahoilla(ni|mme)|anteeksi) (kaike@ |kaikkea )?mielipah@',
      // "It was not our intention": the act is not owned.
      'tarkoitu@ ~(ei|eikä) ~(ollut|ole)',
      '(ei|eikä) ~(ollut|ole) ~(meidän |minun )?tarkoitu@',
      '(emme|en) ~tarkoittaneet',
      'pahastune@',
      '(aiheutunut@|aiheuttama@|mahdollis@) ~mielipaha@',
      // The formula's "inconvenience caused": "pahoittelemme tilanteen aiheuttamaa haittaa".
      '(aiheutunut@|aiheuttama@) ~(hait@|harmi@|vaiva@)',
      'mahdollis@ ~(hait@|harmi@|vaiva@)',
      'sori siitä',
    ],
    // A negated apology; it cancels the apology it overlaps.
    negation: [
      '(en|emme|ei|eivät) ~pyydä ~anteeksi',
      '(en|emme|ei|eivät) ~pahoittele',
      '(en|emme) ~ole ~pahoilla(ni|mme)',
      '(en|emme|ei|eivät) ~(aio|aiota|tarvitse|tarvitsee) ~pyytää ~anteeksi',
      '(en|emme) ~esitä ~anteeksipyy@',
      'ei ~(ole )?~anteeksipyydettäv@',
      '(ei|eivät) ~(ole|ollut) ~(meidän|minun) ~(virhe@|vika@|syy@)',
      'ei (meidän|minun) (virhe@|vika@|syy@)',
    ],
    excuse: [
      '(ohjei@|ohjeistu@|käytänt@|käytännö@|sääntö@|sääntöj@|ehtoj@|ehdo@|linjau@) (mukaan|mukaisesti)',
      'kiirei@ (sesonk@|sesong@|aika@|ajan@)',
      // Any rush, in compounds too: "perjantairuuhkassa", "sesonkiruuhka".
      '\\p{L}*ruuhk@',
      // The weather and other circumstances: "poikkeuksellisista sääolosuhteista", "myrsky kaatoi".
      '\\p{L}*myrsky@',
      '\\p{L}*olosuhte@',
      '\\p{L}*(sää|keli)ol@',
      // Unusual volume or short staff as the reason: "tilauksia oli poikkeuksellisen paljon", "sairauspoissaolojen vuoksi".
      '(poikkeukselli@|tavallista|normaalia|odotettua) (paljon|enemmän|suure@|runsa@|vilkk@)',
      '(sairauspoissaol|sairauslom|henkilöstöpul|työvoimapul)@',
      '\\p{L}*resurss@ ~(ovat |on )?~(olleet |ollut )?~(tiuko@|rajalli@|vähi@|riittämättöm@)',
      // Rare, and so not worth answering: "erittäin harvinainen tapaus".
      'harvinai@ (tapau|tapahtum|poikkeu|virhe)@',
      // Only a joke.
      'tarkoitettu ~(vitsiksi|huumoriksi|leikiksi|pilaksi)',
      'johtu@ ~~poikkeukselli@',
      // Policy as the answer: "emme kommentoi yksittäisiä asiakasasioita".
      '(emme|en) ~(voi )?~kommentoi@',
      '(ruuhka@|kiirei@|kiiree@) (vuoksi|takia|johdosta)',
      'yksittäistapau@',
      'yksittäi@ tapau@',
      'väärinkäsity@',
      'väärinymmärry@',
      '(meistä )?riippumatt@ syi@',
      '(emme|en) ~(voi|voineet|pysty|pystyneet) ~vaikuttaa',
      '(ei|eivät) ~(ole|ollut) ~(meidän |minun )?käsissä@',
      'poikkeukselli@ \\p{L}*(tilante|ruuhk|kiire|olosuhte)@',
    ],
    scapegoat: [
      'alihankkij@',
      'järjestelmävi@',
      // Any system's fault: "laskutusjärjestelmän päivityksessä ilmenneestä viasta"; a "technical fault".
      '\\p{L}*järjestelmä@ ~~(vika@|vian|viass?a|viasta|viat|vioi@|virhe@|häiriö@)',
      'tekni@ (vika@|vian|viass?a|viasta|virhe@|häiriö@)',
      '(uusi|uuden|uudella|uudelta|uusien) ~(työntekijä@|myyjä@|kassa@|harjoittelij@)',
      'kesätyöntekij@',
      '(vuokra|keikka)työntekij@',
      'sijai(nen|sen|sella|selta|set|sia)',
      'vasta ~(ensimmäi@|toi@|kolma@) (päivä@|viikko@|työpäivä@)',
      // An outside party: "maksunvälittäjämme virhe" (other parties need a cause in their sentence: blame below).
      '\\p{L}+välittäj@',
      'ulkopuoli@ ~\\p{L}*(yhtiö|yritys|yrityks|toimij|kumppan|palveluntarjoaj)@ ~(työntekij@|virhe@|vika@|vian|syy@|henkilö@)',
      'ulkopuoli@ ~työntekij@',
      'harjoittelij@',
      '(kuljetusyhtiö@|kuljetusliike@|kuriiri@|logistiikkakumppani@|yhteistyökumppani@)',
    ],
    arguing: [
      'et ~ole ~ymmärtänyt',
      'ette ~ole ~ymmärtäneet',
      // In any person but the first: "olet ymmärtänyt väärin", "asiakas on ymmärtänyt väärin".
      '(on|ovat|olet|olette) ~ymmärtän(yt|eet) ~väärin',
      'ymmärsi(t|tte|vät)? ~väärin',
      // Calling the complainant a liar, or their evidence one-sided.
      'valhe@',
      'valehtel@',
      'yksipuoli@ (kuva@|näkemy@)',
      '(väärän|vääristyneen|vääristellyn) kuva@',
      // Lecturing: "olisit vain lukenut sähköpostisi", "ensi kerralla kannattaa lukea".
      '(olisit|olisitte) ~(vain )?~(lukenut|lukeneet|tarkistanut|tarkistaneet|katsonut|katsoneet)',
      'ensi kerralla ~~(kannattaa|kannattaisi|voisit|voisitte)',
      'väittee(si|nne)',
      'väität(te)?',
      '(olet|olette) ~väärässä',
      '(sinun|teidän) (oma@ )?(vika@|syy@)',
      'omaa syytä(si|nne)',
      // An eye-roll or a smirk at the reader.
      '[🙄🙃😏]',
      // What the complainant should have done, in any person: "asiakkaan olisi pitänyt tarkistaa mitat".
      // Not "eikä sinun olisi pitänyt joutua kysymään", which owns it.
      '(?<!(ei|eikä)[\\s,]+)(asiakkaan|asiakkaiden|sinun|teidän|hänen|matkustajan|kuluttajan|ostajan) ~olisi ~(pitänyt|kannattanut|tarvinnut)(?! joutua)',
      // Their words called improper or false: "tällaiset perättömät syytökset ovat asiattomia".
      '(syytö@|syytök@|kommentt@|väite@|väittee@|kirjoitu@|arvostelu@) ~~(ovat|on|oli|olivat) ~(täysin )?~(asiatto@|perättö@|perätön|harhaanjohtav@)',
      '(levität|levitätte|levittää|levittävät) ~(vääriä|perättömiä|valheellisia)',
      // The complainant's conduct put in public: "asiakas käyttäytyi uhkaavasti".
      'käyttäyty@ ~~(uhkaava@|aggressiivi@|asiatto@|häiritsevä@|väkivaltai@)',
      '(et|ette) (ilmeisesti|selvästi|varmaankaan|edes) ~(ole )?~\\p{L}+(nut|nyt|neet)',
      '(ilmeisesti|selvästi) (et|ette) ~(ole )?~\\p{L}+(nut|nyt|neet)',
    ],
    denial: [
      '(ei|eivät) ~pidä ~paikka(nsa|ansa)',
      '(emme|en) ~ole teh(neet|nyt) ~väärää',
      '(täysin|aivan|ihan) normaali@',
      'ei ~ole ~totta',
      'perät(ön|tö)@',
      '(toimimme|toimin|toimittiin|toimi|toimivat) ~(oikein|\\p{L}*(ohjei|sääntö|lai|määräyks)@ mukaisesti)',
      // "Never" of the act complained of: "ravintolassamme ei ole koskaan ollut…", "emme ole koskaan myyneet".
      '(ei|emme|en) ~(ole )?koskaan ~(ole )?\\p{L}+(nut|nyt|neet|llut|lleet)',
      // The act itself denied: "emme ole laskuttaneet sinua kahteen kertaan".
      '(emme|en) (ole )?(laskuttaneet|laskuttanut|veloittaneet|veloittanut|myyneet|myynyt|luvanneet|luvannut|sanoneet|sanonut|rikkoneet|perineet)',
      '(ei|eikä) ~(se )?~johtu@ ~(meistä|minusta|meidän)',
      '(tehty|valmistettu|valmistettiin) ~oikein',
      '(ei|eivät) ~(ole|ollut) ~(meidän|minun) ~(virhe@|vika@|syy@)',
      // Without the verb: "Ei meidän vika."
      'ei (meidän|minun) (virhe@|vika@|syy@)',
      // "Tuo on valhe", "väite on perätön": the claim denied as a whole.
      '(tuo|tämä|se|väite@|huhu@|tieto|juttu) (on|oli) ~(valhe@|perätön|perätöntä|puppua)',
      // A blanket assurance: "tuotteemme ovat turvallisia".
      '(on|ovat) ~(täysin |aivan )?turvallis@',
    ],
    correction: [
      'oikea@ (tieto@|tied@)',
      'tosiasia@',
      'fakta@',
      'korja@ ~(väärä@|virheellis@|virheellise@|harhaanjohtava@) (tieto@|tied@|väite@|väittee@)',
      'todellisuudessa',
      '(virheellinen|väärä) tieto',
      // A source anyone can check: a report, a statement, test results, a
      // clause of the terms, an authority's finding; "on luettavissa sivuillamme".
      '(on|ovat) ~(luettavissa|nähtävissä|tarkistettavissa)',
      '\\p{L}*(raportt?i|raporte|lausun(to|no)|todistu|sertifikaat|tutkimustulo|mittaustulo|laboratorio)@',
      'näyttee@',
      '(kohda@|pykälä@) \\d+',
      'itse asiassa',
      '(oikaisu@|oikaisemme|oikaistaan)',
      // A law, an authority, a test or a standard as the source: "alkoholilain mukaan", "EU:n lelustandardin mukaisesti".
      '\\p{L}*(lain|asetuksen|viraston|viranomaisen|viranomaisten|tutkimuksen|testin|testien|mittauksen|mittausten|taulukon|standardin|standardien) (mukaan|mukaisesti)',
      // Where the fact can be read: "kuten mainoksessa lukee", "mainitaan pakkauksen kyljessä", "voit tarkistaa sopimuksestasi".
      '(lukee|mainitaan|kerrotaan|kerrottu|mainittu|merkitty|ilmoitettu) ~~\\p{L}*(pakkau|sopimukse|ehdoi|ehdo|mainokse|vahvistukse|kuiti|taulukos|taulukko)@',
      '(voi|voit|voitte|voivat) ~(itse )?~tarkistaa',
      // One thing, not the other: "valkoinen kerros on suolaa, ei hometta".
      '(on|ovat) ~~\\p{L}+(,| –| —) ei \\p{L}+',
      // A finding with its date: "Ruokavirasto tarkasti tuotantolaitoksemme 10.3.", "Tukesin 12.3. julkaisemassa listassa".
      '(tarkast(i|ettiin|anut)|testa(si|ttiin)|tutki(ttiin)?|mitta(si|ttiin)|analysoi(tiin)?|julkais(i|imme|ema@|tiin)|vahvist(i|ettiin)|totesi|todettiin) ~~\\d{1,2}\\.\\d{1,2}\\.',
      '\\d{1,2}\\.\\d{1,2}\\.(\\d{2,4})? ~~(tarkast(i|ettiin|ama@)|testa(si|ttiin|ama@)|tutki(ttiin|ma@)?|mitta(si|ttiin|ama@)|julkais(i|imme|ema@|tiin)|vahvist(i|ettiin)|totesi|todettiin)',
      '(tukes|thl|traficom|fimea|valvira)@',
      'oiva-\\p{L}+',
      '\\p{L}*(keskus|virasto|viranomai\\p{L}*|laitos) ~(on )?~(varoittanut|todennut|vahvistanut|tiedottanut|tarkastanut)',
    ],
    over_promise: [
      'ei ~toistu@ ~(koskaan|ikinä)',
      // "Vastaavaa ei tule enää tapahtumaan."
      'ei ~(tule|toistu|tapahdu) ~enää',
      'ei ~(koskaan|ikinä) ~toistu@',
      '(ikinä|koskaan) enää',
      'enää (ikinä|koskaan)',
      'takaa(mme|n)',
      '100\\s?%',
      'sata prosenttia',
      'takuulla',
      'taatusti',
      '(lupaamme|lupaan) ~ettei',
    ],
    remedy: [
      'hyvit@',
      'korvau@',
      'korvaa(mme|n)',
      'korvataan',
      // Money back, also in compounds: "palautamme pikatoimitusmaksun".
      '(palauta(mme|n)|palautetaan) ~\\p{L}*(raha@|maksu@|summa@|hinta@|hinna@)',
      // Free of charge, on the house.
      'ilmai(nen|se@|s@)',
      'veloituksetta',
      'maksutta',
      'ilman (lisä)?(maksua|veloitusta|kuluja)',
      '(meidän|talon) piikki@',
      'kaupan päälle',
      // A new one in its place, an exchange: "uusi pizza tilalle", "vaihdamme osat uusiin", "teen vaihdon".
      '(uusi|uuden|uudet) ~tilalle',
      'raha@ takai?s',
      'vaihda(mme|n|taan) ~~uu(si|de|te)@',
      '(teen|teemme|tehdään) ~vaihdo@',
      // The charge or the bill taken back, frozen or put off; a loan extended.
      '\\p{L}*veloitu@ ~(on |ovat )?~(peru@|jäädyt@|poist@|mitätöi@)',
      '(peru@|jäädyt@|poista@|mitätöi@) ~\\p{L}*veloitu@',
      'eräpäiv@ ~~(siirre@|siirr@|pidenne@|pidenn@)',
      '(jatketaan|pidennetään|jatkamme|pidennämme) ~~(viikolla|viikoilla|päivällä|päivillä|kuukaudella)',
      'lahjakort@',
      'alennu@',
      'vaihda(mme|n) ~(uute@|tilalle)',
      'uusi tilalle',
      'kompensoi@',
      'maksamme ~takaisin',
    ],
    premature_claim: [
      '\\p{L}*(vika|vian|virhe|häiriö|ongelma|katko)@ ~(on|ovat|saatiin|saatu) ~(korjattu|korjaantunut|korjautunut|ratkaistu|ratkennut|poistettu|poistunut|hoidettu|ohi)',
      // In the past tense: "ongelma ratkesi aamulla".
      '\\p{L}*(vika|vian|virhe|häiriö|ongelma|katko|tilanne)@ ~(ratkesi|korjaantui|korjautui|poistui|päättyi|meni ohi)',
      // Back in use: "palvelut ovat taas käytössä", "vesi on taas juomakelpoista".
      '(on|ovat) ~(nyt )?(taas|jälleen) ~(käytössä|toiminnassa|auki|kunnossa|normaali@|juomakelpoi@|turvalli@|saatavilla|ajossa|liikentee@)',
      '(kulke(e|vat)|liikennöi@) ~(taas |jälleen |nyt )?~(aikataulu(ssa|n mukaisesti)|normaalisti)',
      '(on|ovat) ~(nyt )?~(korjattu|korjaantunut|ratkaistu)',
      '(kaikki|palvelu@|sovellu@|maksu@|yhteyde@) ~toimi(i|vat) ~(taas|jälleen|normaalisti)',
      // Whatever the subject: "kassat toimivat taas".
      'toimi(i|vat) (taas|jälleen)',
      'asia on ~(nyt )?~(kunnossa|hoidettu|ratkaistu)',
      'tilanne on ~(nyt )?~(ohi|normalisoitunut|korjaantunut|hallinnassa|ennallaan)',
    ],
    invite: [
      '(laita|laitathan|lähetä|lähetäthän|laittaisitko|lähettäisitkö) ~(meille )?~(yksityisviesti@|yv@|viesti@|tilausnumero@|yhteystied@|puhelinnumero@)',
      'yksityisviesti@',
      '(ota|otathan|olethan) ~yhteyttä',
    ],
    action: [
      '(käymme|kävimme) ~läpi',
      '(olemme|olen) ~(jo )?~(\\p{L}+(neet|nyt))',
      '(on|ovat) ~(jo )?~(käynnistetty|aloitettu|poistettu|vedetty|lisätty|korjattu|tehty|otettu|annettu|ohjeistettu|keskeytetty)',
      '\\p{L}+(taan|tään) ~(parhaillaan|nyt|jo)',
      '(parhaillaan|nyt) ~\\p{L}+(taan|tään)',
      '(asia@|tapau@|tilante@|vika@|syy@) ~(selvitetään|tutkitaan|käydään läpi|korjataan)',
    ],
    concern: [
      'ymmärrä(mme|n)',
      'ymmärrettäv@',
      'harmitta@',
      'ikävä@ kuulla',
      // "Olemme pahoillamme kuulla": sorry to hear, not sorry for the act.
      'pahoilla(ni|mme) ~kuulla',
      '(olemme|olen) ~huolissa@',
      'otamme ~(asian|palautteen|tämän|viestisi|huolesi) ~vakavasti',
    ],
  },
  butWords: ['mutta', 'kuitenkin'],
  futureClauses: ['kun', 'kunhan', 'kunnes', 'jahka', 'jos', 'ennen kuin', 'sitten kun', 'heti kun'],
  conditionals: ['jos', 'mikäli', 'ellei', 'ellemme'],
  negators: ['ei', 'emme', 'en', 'eivät', 'et', 'ette', 'eikä'],
  blame: {
    parties: [
      // Another company, a carrier, a bank, a supplier or a maker: "sähköyhtiön verkossa", "Postin jakelussa", "toimittajamme".
      '\\p{L}+(yhtiö|liike|liikkee)@',
      'posti(n|lla|ssa)',
      'pankki(mme|nne)?',
      'pankin',
      '\\p{L}*toimittaja(mme|ltamme|llamme|stamme|n|t)?',
      '\\p{L}*(valmistaja|maahantuoja|urakoitsija|kumppani)@',
      // One of the staff, named as the cause: "kyseinen myyjä… eikä tuntenut käytäntöjämme".
      '(myyjä|työntekijä|kuljettaja|tarjoilija|kassa|kokki)@',
    ],
    cues: [
      'johtu@',
      '(vuoksi|takia|johdosta)',
      '(aiheutt|aiheutu)@',
      '\\p{L}*(virhe|virhee|viive|viivee|viivei|häiriö)@',
      '(vika|vian|viasta|vioista)',
      '(ei|eikä) ~(ollut )?~(perehtyn@|tuntenut|osannut|noudattanut|vastaa)',
    ],
  },
  signOffs: [
    'ystävällisin terveisin',
    'parhain terveisin',
    'lämpimin terveisin',
    'yst. terv.',
    'terveisin',
    'terv.',
    'kiittäen',
    't:',
    't.',
  ],
  promises: {
    // The first person, and the passive only where it contacts the person
    // ("soitetaan", "palataan asiaan"); other passives are open-ended below.
    verbs: [
      'soita(n|mme)',
      'soitetaan',
      'pala(an|amme)( asiaan)?',
      'palataan( asiaan)?',
      '(ota(n|mme)|otetaan) ~yhteyt@',
      'selvit(än|ämme)',
      'lähet(än|ämme)',
      'toimit(an|amme)',
      'korja(an|amme)',
      'ilmoit(an|amme|etaan)',
      'tarkist(an|amme)',
      'hoid(an|amme)',
      'vastaa(n|mme)',
      'kerro(n|mme)',
      'tiedota(n|mme)',
      'pidä(n|mme) ~(sinut|teidät) ~ajan tasalla',
      'katso(n|mme) ~asia@',
      'ole(n|mme) ~yhteydessä',
      '(aion|aiomme|lupaan|lupaamme|tulen|tulemme) ~(soitta@|palaa@|palata|otta@ ~yhteyt@|selvittä@|lähettä@|toimitta@|korjaa@|korjata|ilmoitta@|tarkista@|hoita@|vastata)',
      // More acts done for the person, in the first person: the present is the future.
      '(tee|järjestä|hae|tuo|vaihda|julkaise|välitä|auta|laita|jatka|päivitä|varmista|huolehdi)(n|mme)',
      'käy(n|mme) ~~läpi',
      // "Pyrimme auraamaan kadut": a commitment, if a soft one.
      'pyri(n|mme)',
    ],
    // A third person or a state, committing only with a time: "huoltomies
    // tulee huomenna klo 10", "hyvitys näkyy tililläsi kahden päivän kuluessa".
    timed: [
      '(tulee|tulevat|tuo|tuovat|soittaa|soittavat|palaa|palaavat|ottaa ~yhteyttä|ottavat ~yhteyttä|käy|käyvät|lähtee|lähtevät|lähettää|lähettävät|toimittaa|toimittavat|tyhjentää|tyhjentävät|hakee|hakevat|korjaa|korjaavat|hoitaa|hoitavat|ilmoittaa|tarkistaa|julkaisee|vaihtaa|hyvittää|palauttaa)',
      '(palautuu|palautuvat|näkyy|näkyvät|saapuu|saapuvat|avautuu|aukeaa|ilmestyy)',
      '(on|ovat) ~(perillä|valmi@|paikalla|noudettavissa|matkalla|tilillä@|käytettävissä@)',
      '(valmistuu|valmistuvat|päättyy|korjaantuu|korjaantuvat)',
      'saa(t|tte)',
      // A refund is kept by making it, not by a follow-up: "hyvitämme kahvin"
      // is a remedy, and a promise to be kept only when it names a time.
      '(hyvitä|palauta|korvaa|maksa)(n|mme)',
    ],
    openEnded: [
      // The organisation's passive present: "asiaa selvitetään", "veloitus
      // peruutetaan", "tiedote julkaistaan". The passive ending follows a vowel
      // (korjataan, selvitetään, tehdään); after a consonant the same letters are
      // a noun's illative or possessive (kertaan, kohtaan, Vantaan,
      // toiminnastaan), so only the common s-stem verbs are named. Not "mitään"
      // and its kind, nor the modal "voidaan" (what can be done is no commitment).
      '(?!(mitään|ketään|sataan|pöytään|sotaan|työtään|voidaan|tarvitaan|halutaan|tiedetään|ymmärretään)(?![\\p{L}]))\\p{L}+(\\p{L}[aeiouyäö]t(aan|ään)|[aeiouyäöh]d(aan|ään))',
      '(julkais|ilmais|pes|nous)t(aan|ään)',
      // From now on: a commitment to the public ("jatkossa jokainen video tarkistetaan").
      '(jatkossa|tästä (eteenpäin|lähtien)|vastedes)',
    ],
    negated: [
      '(en|emme|ei) ~(voi|voida|pysty|pystytä) ~(luvata|taata|sanoa)',
      // What usually happens is a description, not a commitment: "hyvitys näkyy tilillä yleensä viikon sisällä".
      '(yleensä|tavallisesti|tyypillisesti)',
      // Effort, not a commitment: "teemme parhaamme".
      '(teemme|teen) (parhaamme|parhaani|kaikkemme|kaikkeni)',
      // No sooner than: a floor, not a deadline ("korjaus valmistuu aikaisintaan huomenna").
      'aikaisintaan',
    ],
  },
};
