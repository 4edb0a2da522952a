// The diagnostics catalogue in Finnish: for every code in diagnostics.ts the
// same message and hint, written for a Finnish trainer. YAML keys, ids and
// what to type stay in backticks, untranslated, since that is what the file
// must say. The type makes every code required; a unit test checks that
// each one produces Finnish that differs from the English.
import type { FinnishCatalogue, IdKind, Ref } from './diagnostic-params.ts';

const list = (items: readonly unknown[]) => items.map((i) => `\`${String(i)}\``).join(', ');
const didYouMean = (s: string | undefined) => (s === undefined ? '' : `Tarkoititko \`${s}\`? `);
const both = (items: readonly string[]) =>
  items.length === 1 ? `\`${items[0]}\`` : `${list(items.slice(0, -1))} ja \`${items[items.length - 1]}\``;
const decimal = (n: number, digits: number) => n.toFixed(digits).replace('.', ',');

/** The things a reference can name: singular, plural, and the section they are listed in. */
const refHint =
  (plural: string, singular: string, section: string, by = 'tunnisteella') =>
  (p: Ref) =>
    p.suggestion !== undefined
      ? `Tarkoititko \`${p.suggestion}\`?`
      : p.known.length > 0 && p.known.length <= 12
        ? `Skenaarion ${plural} ovat ${list(p.known)}.`
        : `Lisää ${singular} tällä ${by} kohtaan \`${section}:\`.`;

/** For duplicate ids: "another phase" (adessive) and "of phases" (plural genitive). */
const KIND: Record<IdKind, { ade: string; plGen: string }> = {
  channel: { ade: 'kanavalla', plGen: 'Kanavien' },
  persona: { ade: 'henkilöllä', plGen: 'Henkilöiden' },
  post: { ade: 'viestillä', plGen: 'Viestien' },
  phase: { ade: 'vaiheella', plGen: 'Vaiheiden' },
  reply: { ade: 'vastauksella', plGen: 'Vastausten' },
};

export const FI: FinnishCatalogue = {
  // ── The input as a whole ────────────────────────────────────────────────────
  input_empty: {
    message: 'Tiedosto on tyhjä.',
    hint: 'Kirjoita ensimmäiselle riville `kohu: 1` ja sen alle skenaarion kentät. Nopeimmin pääset alkuun kopioimalla valmiin skenaarion kansiosta scenarios/.',
  },
  input_too_large: {
    message: (p) => `Tiedoston koko on ${decimal(p.bytes / 1e6, 1)} Mt, mutta skenaario saa olla enintään ${decimal(p.limit / 1e6, 0)} Mt.`,
    hint: 'Tarkista, että tiedosto on oikea. Tavallinen skenaario on muutaman kymmenen kilotavun kokoinen; lyhennä hyvin pitkiä tekstejä tai poista tiedostoon liitetty data.',
  },
  input_unreadable: {
    message: (p) =>
      p.reason === 'missing'
        ? 'Tiedostoa ei ole.'
        : p.reason === 'directory'
          ? 'Tämä on kansio eikä tiedosto.'
          : p.reason === 'denied'
            ? 'Sinulla ei ole oikeutta lukea tätä tiedostoa.'
            : 'Tiedostoa ei voi lukea.',
    hint: (p) =>
      p.reason === 'missing' || p.reason === 'directory'
        ? 'Tarkista polku ja tiedoston nimi (skenaariot ovat muotoa `<id>.<kieli>.yaml`).'
        : 'Tarkista, että sinulla on lukuoikeus tiedostoon ja ettei mikään toinen ohjelma pidä sitä lukittuna.',
  },
  input_binary: {
    message: (p) =>
      `Tiedostossa on ${p.nul ? 'NUL-tavu' : 'tavuja, jotka eivät ole kelvollista UTF-8-tekstiä'}, joten se ei ole pelkkää tekstiä.`,
    hint: 'Tallenna skenaario pelkkänä UTF-8-tekstinä. Jos liitit tekstiä tekstinkäsittelyohjelmasta tai PDF:stä, kirjoita merkitty kohta uudelleen.',
  },

  // ── YAML ────────────────────────────────────────────────────────────────────
  yaml_syntax: {
    message: (p) => `YAML-kirjoitusvirhe: ${p.detail.fi}`,
    hint: (p) => p.hint.fi,
  },
  yaml_duplicate_key: {
    message: (p) => `\`${p.key}\` on samassa kohdassa kahdesti; ensimmäinen on rivillä ${p.firstLine}.`,
    hint: 'Säilytä niistä vain toinen: YAML pitää jokaisesta avaimesta vain yhden arvon, joten toinen katoaisi huomaamatta.',
  },
  yaml_alias_limit: {
    message: 'Tiedostossa on liikaa viittauksia (`*nimi`, joka kopioi ankkurin `&nimi` arvon); niiden purkaminen veisi liikaa muistia.',
    hint: 'Kirjoita toistuvat arvot auki tai käytä vähemmän viittauksia: viittaukset, jotka kopioivat toisia viittauksia, moninkertaistuvat nopeasti.',
  },
  yaml_alias_cycle: {
    message: (p) => `Viittaus \`*${p.name}\` on oman ankkurinsa \`&${p.name}\` sisällä, joten siitä syntyisi loputon rakenne.`,
    hint: 'Poista viittaus tai kirjoita arvo kokonaan auki.',
  },
  yaml_unknown_tag: {
    message: (p) => `Tuntematon YAML-tagi \`${p.tag}\`.`,
    hint: 'Poista tagi: skenaarioissa käytetään vain tavallisia YAML-arvoja. Jos teksti alkaa merkillä `!`, laita koko teksti lainausmerkkeihin.',
  },
  yaml_too_deep: {
    message: (p) => `YAML on tässä kohdassa sisäkkäin yli ${p.limit} tasoa.`,
    hint: 'Skenaariossa tarvitaan vain muutama taso. Etsi sulkematonta `[`- tai `{`-merkkiä tai karannutta sisennystä.',
  },
  yaml_multiple_documents: {
    message: 'Tiedostossa on toinen YAML-dokumentti (`---`-rivin jälkeen).',
    hint: 'Pidä yksi skenaario tiedostoa kohden: poista `---`-rivi ja kaikki sen jälkeen, tai siirrä se osa omaan tiedostoonsa.',
  },
  scenario_not_mapping: {
    message: (p) => `Skenaarion pitää koostua kentistä, kuten \`kohu: 1\` ja \`id: …\`, mutta tässä tiedostossa on ${p.got.fi}.`,
    hint: 'Kirjoita tiedoston alkuun omalle rivilleen `kohu: 1` ja sen alle yksi kenttä riviä kohden muodossa `nimi: arvo`, kaikki rivin alusta alkaen.',
  },

  // ── The schema: fields and their values ─────────────────────────────────────
  schema_format_version: {
    message: (p) =>
      p.found === undefined
        ? 'Tiedostosta ei käy ilmi, missä skenaariomuodossa se on kirjoitettu.'
        : p.isNumber
          ? `Tiedosto on kirjoitettu skenaariomuodolle ${p.found.fi}, mutta tämä Kohun versio lukee muotoa 1.`
          : `Kentän \`kohu:\` arvon pitää olla muodon numero 1, mutta tässä se on ${p.found.fi}.`,
    hint: (p) =>
      p.found === undefined
        ? 'Lisää ensimmäiseksi riviksi `kohu: 1`.'
        : p.isNumber
          ? 'Avaa tiedosto sillä Kohun versiolla, jolle se on kirjoitettu, tai muokkaa se muodon 1 mukaiseksi ja kirjoita `kohu: 1`.'
          : 'Kirjoita `kohu: 1` ilman lainausmerkkejä.',
  },
  schema_missing_field: {
    message: (p) => `${p.where.fi.ela} puuttuu ${both(p.fields)}.`,
    hint: (p) =>
      p.fields.length === 1
        ? `Lisää tähän \`${p.fields[0]}: …\`.${p.about.fi ? ` ${p.about.fi}` : ''}`
        : `Lisää ne tähän, kukin omalle rivilleen: ${p.fields.map((f) => `\`${f}: …\``).join(', ')}.`,
  },
  schema_unknown_field: {
    message: (p) => `${p.where.fi.ine} ei voi olla kenttää \`${p.field}\`.`,
    hint: (p) => `${didYouMean(p.suggestion)}Tässä kohdassa mahdolliset kentät ovat ${list(p.allowed)}.`,
  },
  schema_wrong_type: {
    message: (p) => `Kentän \`${p.field}\` arvon pitää olla ${p.expected.fi}, mutta tässä se on ${p.got.fi}.`,
    hint: (p) => p.hint.fi,
  },
  schema_bad_value: {
    message: (p) => `\`${p.value}\` ei ole kentän \`${p.field}\` mahdollinen arvo.`,
    hint: (p) =>
      [didYouMean(p.suggestion).trim(), p.allowed.length > 0 ? `Kirjoita jokin näistä: ${list(p.allowed)}.` : '', p.about.fi]
        .filter(Boolean)
        .join(' '),
  },
  schema_out_of_range: {
    message: (p) => {
      const range =
        p.min !== undefined && p.max !== undefined
          ? `välillä ${p.min}–${p.max}`
          : p.min !== undefined
            ? `vähintään ${p.min}`
            : `enintään ${p.max}`;
      return `Kentän \`${p.field}\` arvo on ${p.value}, mutta sen pitää olla ${range}.`;
    },
    hint: (p) => p.about.fi || 'Muuta luku sallitulle välille.',
  },
  schema_empty: {
    message: (p) => `Kenttä \`${p.field}\` on tyhjä.`,
    hint: (p) =>
      p.kind === 'list'
        ? 'Lisää siihen vähintään yksi kohta, kukin omalle rivilleen merkillä `- ` alkaen.'
        : p.kind === 'text'
          ? 'Kirjoita tähän tekstiä.'
          : 'Kirjoita arvo kaksoispisteen jälkeen, tai poista rivi, jos kenttä ei ole pakollinen.',
  },
  duration_invalid: {
    message: (p) =>
      p.isNumber
        ? `Arvossa \`${p.value}\` ei ole yksikköä, joten Kohu ei tiedä, tarkoitetaanko minuutteja vai sekunteja.`
        : `\`${p.value}\` ei ole kesto.`,
    hint: (p) =>
      p.isNumber
        ? `Kirjoita \`${p.value}m\` (minuutteja) tai \`${p.value}s\` (sekunteja).`
        : 'Kirjoita luku ja yksikkö ilman välilyöntejä, esimerkiksi `90s`, `5m`, `2h`, `1h30m` tai `2d` (yksiköt: ms, s, m tai min, h, d).',
  },
  id_invalid: {
    message: (p) => `\`${p.value}\` ei kelpaa tunnisteeksi.`,
    hint: (p) =>
      `Tunniste alkaa kirjaimella, ja siinä saa olla vain kirjaimia a–z, numeroita sekä merkkejä \`-\` ja \`_\` (ei välilyöntejä eikä ä- tai ö-kirjaimia), esimerkiksi \`${p.suggestion}\`.`,
  },
  condition_invalid: {
    message: (p) => p.problem.fi,
    hint: (p) =>
      `${didYouMean(p.suggestion)}Ehto on kohdan \`conditions:\` ehdon nimi tai jokin näistä: ${list(p.kinds)}. Useita ehtoja yhdistetään muodossa \`all: [ … ]\` tai \`any: [ … ]\`.`,
  },

  // ── References and ids ──────────────────────────────────────────────────────
  ref_unknown_persona: { message: (p) => `Skenaariossa ei ole henkilöä \`${p.name}\`.`, hint: refHint('henkilöt', 'henkilö', 'personas') },
  ref_unknown_channel: { message: (p) => `Skenaariossa ei ole kanavaa \`${p.name}\`.`, hint: refHint('kanavat', 'kanava', 'channels') },
  ref_unknown_post: { message: (p) => `Skenaariossa ei ole viestiä \`${p.name}\`.`, hint: refHint('viestit', 'viesti', 'posts') },
  ref_unknown_phase: { message: (p) => `Skenaariossa ei ole vaihetta \`${p.name}\`.`, hint: refHint('vaiheet', 'vaihe', 'phases') },
  ref_unknown_condition: {
    message: (p) => `Kohdassa \`conditions:\` ei ole ehtoa \`${p.name}\`.`,
    hint: refHint('nimetyt ehdot', 'ehto', 'conditions', 'nimellä'),
  },
  duplicate_id: {
    message: (p) => `Toisella ${KIND[p.kind].ade} on jo tunniste \`${p.id}\` (rivi ${p.firstLine}).`,
    hint: (p) =>
      `${KIND[p.kind].plGen} tunnisteiden pitää olla keskenään erilaisia: nimeä toinen kahdesta uudelleen ja muuta myös viittaukset siihen.`,
  },
  condition_cycle: {
    message: (p) => `Nämä ehdot on määritelty toistensa avulla kehäksi: ${p.cycle.join(' → ')}.`,
    hint: 'Ehto ei voi riippua itsestään. Kirjoita jokin niistä kokonaan auki sen sijaan, että viittaat toiseen ehtoon.',
  },

  // ── The shape of the crisis ─────────────────────────────────────────────────
  phase_unreachable: {
    message: (p) =>
      `Vaiheeseen \`${p.phase}\` ei voi koskaan päästä: mikään siirtymien ketju ei johda siihen ensimmäisestä vaiheesta \`${p.initial}\`.`,
    hint: (p) => `Lisää siirtymä \`- { to: ${p.phase}, … }\` johonkin vaiheeseen, johon päästään, tai poista tämä vaihe.`,
  },
  phase_dead_end: {
    message: (p) => `Vaiheesta \`${p.phase}\` ei ole siirtymiä, eikä se ole loppu, joten harjoitus jäisi siihen jumiin.`,
    hint: 'Lisää `transitions:` (esimerkiksi `- { to: …, after: 20m }`) tai tee vaiheesta loppu merkinnällä `ending: good`, `bad` tai `worst`.',
  },
  phase_trap: {
    message: (p) =>
      p.phases.length === 1
        ? `Vaiheesta \`${p.phases[0]}\` pääsee vain takaisin samaan vaiheeseen: kun harjoitus kerran tulee siihen, se ei enää pääse pois eikä pääty.`
        : `Vaiheista ${both(p.phases)} pääsee vain toisiinsa: kun harjoitus kerran tulee niihin, se ei enää pääse pois eikä pääty.`,
    hint: 'Lisää siirtymä, joka johtaa silmukasta ulos: johonkin toiseen vaiheeseen tai loppuun.',
  },
  ending_none_good: {
    message: 'Yksikään vaihe ei ole hyvä loppu, joten harjoitusta ei voi läpäistä.',
    hint: 'Merkitse vaihe, jossa kriisi on hoidettu hyvin, merkinnällä `ending: good`.',
  },
  duration_too_long: {
    message: (p) => `Harjoitus kestää ${p.duration}, pidempään kuin harjoitus voi (enintään ${p.max}).`,
    hint: () => 'Tarkista luku ja yksikkö: `2h` on kaksi tuntia, `90m` puolitoista tuntia, `3d` kolme päivää.',
  },
  objective_target_mismatch: {
    message: (p) =>
      `Tavoite pyytää vastausta ${p.said} kuluessa, mutta pisteytys mittaa avausviestiä \`${p.post}\` (${p.severity}) tavoitteella ${p.target}.`,
    hint: (p) =>
      `Sano tavoitteessa ${p.target}, tai anna pisteytykselle oma aikasi: \`scoring: { speed_targets: { ${p.severity}: ${p.said.replace(/ /g, '')} } }\`.`,
  },
  ending_has_transitions: {
    message: (p) => `Vaihe \`${p.phase}\` on loppu, joten sen siirtymiä ei koskaan käytetä.`,
    hint: 'Poista siirtymät, tai poista `ending:`, jos harjoituksen pitää jatkua tästä vaiheesta.',
  },
  post_never_appears: {
    message: (p) => `Viestiä \`${p.post}\` ei ole missään vaiheessa, joten se ei koskaan näy.`,
    hint: (p) =>
      `Lisää se jonkin vaiheen \`posts:\`-listaan muodossa \`- { post: ${p.post}, at: 5m }\`, tai merkitse se \`reserve: true\`, jotta fasilitaattori voi julkaista sen.`,
  },
  post_listed_twice: {
    message: (p) => `Viesti \`${p.post}\` on jo listattu rivillä ${p.firstLine}; sama viesti näkyy harjoituksessa vain kerran.`,
    hint: 'Poista toinen merkinnöistä, tai kirjoita toista kertaa varten uusi viesti.',
  },

  // ── Kohu itself ─────────────────────────────────────────────────────────────
  compile_failed: {
    message: (p) => `Kohu ei pystynyt rakentamaan tästä skenaariosta harjoitusta: ${p.detail}`,
    hint: 'Tämä on Kohun vika, ei tiedostosi. Ilmoita siitä kehittäjille ja liitä skenaario mukaan.',
  },
};
