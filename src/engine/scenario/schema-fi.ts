// The schema's `.describe()` texts in Finnish, keyed by the English text in
// schema.ts (the single source of truth stays English, for the JSON Schema
// that editors read). Finnish diagnostics quote these when they explain a
// field; a unit test checks that every description in the schema has one.
// A condition kind keeps its Finnish words in its own file
// (engine/conditions/), collected as the schema is built.
import { CONDITION_DESCRIPTIONS_FI } from './schema.ts';

const OWN: Record<string, string> = {
  // The scenario
  'Where the crisis curve starts: reach, shares and sentiment at 0:00.':
    'Mistä kriisikäyrä alkaa: tavoittavuus, jaot ja tunnelma hetkellä 0:00.',
  'People who have seen the complaint when the drill starts.': 'Ihmiset, jotka ovat nähneet valituksen harjoituksen alkaessa.',
  'Shares when the drill starts.': 'Jaot harjoituksen alkaessa.',
  'Sentiment when the drill starts, from -100 (hostile) to 100 (warm).':
    'Tunnelma harjoituksen alkaessa, -100 (vihamielinen) – 100 (lämmin).',
  'Full speed credit within this time of a post appearing, by severity (default low 60m, medium 30m, high 20m, critical 15m).':
    'Täydet nopeuspisteet, kun vastaus tulee tämän ajan kuluessa viestin ilmestymisestä, vakavuuden mukaan (oletus low 60m, medium 30m, high 20m, critical 15m).',
  'Weight of the speed score in the total.': 'Nopeuspisteiden paino kokonaispisteissä.',
  'Weight of the honesty score in the total.': 'Rehellisyyspisteiden paino kokonaispisteissä.',
  'Weight of the publicness score in the total.': 'Julkisuuspisteiden paino kokonaispisteissä.',
  'Weight of the escalation score in the total.': 'Eskalointipisteiden paino kokonaispisteissä.',
  'Scenario format version; this is version 1.': 'Skenaariomuodon versio; tämä on versio 1.',
  "The scenario's id, e.g. shop-video.": 'Skenaarion tunniste, esim. shop-video.',
  "The scenario's own version; raise it when you change the scoring.": 'Skenaarion oma versionumero; kasvata sitä, kun muutat pisteytystä.',
  'fi (Finnish) or en (English).': 'fi (suomi) tai en (englanti).',
  'The title shown in the scenario library.': 'Otsikko, joka näkyy skenaariokirjastossa.',
  'One or two sentences for the briefing screen.': 'Yksi tai kaksi virkettä tilannekuvaan ennen harjoitusta.',
  'The trainee\'s role, e.g. "social-media customer service".': 'Harjoittelijan rooli, esim. ”somen asiakaspalvelu”.',
  'The company the trainee works for.': 'Yritys, jossa harjoittelija työskentelee.',
  'What the trainee should do well, shown in the briefing.': 'Mitä harjoittelijan pitää tehdä hyvin; näkyy tilannekuvassa.',
  'easy, medium or hard, shown in the library.': 'easy (helppo), medium (keskitaso) tai hard (vaikea); näkyy kirjastossa.',
  'Time limit of the drill in simulated time.': 'Harjoituksen aikaraja simuloidussa ajassa.',
  'Local date and time when the drill starts, e.g. 2026-03-10T14:00. Deadlines in replies ("today", "by 5 pm", "perjantaihin mennessä") are read against it (default: Tuesday 2026-03-10 at 10:00).':
    'Paikallinen päivä ja kellonaika, jolloin harjoitus alkaa, esim. 2026-03-10T14:00. Vastausten määräajat (”tänään”, ”klo 17 mennessä”, ”by Friday”) luetaan sen mukaan (oletus: tiistai 10.3.2026 klo 10).',
  'The fault is really fixed this long after the start; a reply that calls it fixed before then is premature.':
    'Vika on oikeasti korjattu näin kauan alun jälkeen; vastaus, joka sanoo sen korjatuksi ennen sitä, on ennenaikainen.',
  'The fault is not fixed during the drill: a reply that calls it fixed is premature.':
    'Vikaa ei korjata harjoituksen aikana: vastaus, joka sanoo sen korjatuksi, on ennenaikainen.',
  'What is true in this crisis, for reading replies against it (without facts, a "fixed" claim is only marked as unsure).':
    'Mikä tässä kriisissä on totta, jotta vastauksia voi lukea sitä vasten (ilman tätä ”korjattu”-väite merkitään vain epävarmaksi).',
  'Where posts appear: the company page, a microblog, a review site, …':
    'Missä viestit näkyvät: yrityksen sivu, mikroblogi, arvostelusivusto, …',
  'The people who post: customers, trolls, fans, journalists.': 'Viestien kirjoittajat: asiakkaat, trollit, fanit, toimittajat.',
  'Everything that can appear in the feeds; phases say when.': 'Kaikki, mitä syötteisiin voi ilmestyä; vaiheet kertovat, milloin.',
  'Named conditions used by transitions.': 'Nimetyt ehdot, joita siirtymät käyttävät.',
  'The first phase (default: the first in the list).': 'Ensimmäinen vaihe (oletus: listan ensimmäinen).',
  'The stages of the crisis; the drill starts in `initial` (or the first) and ends in a phase with `ending:`.':
    'Kriisin vaiheet; harjoitus alkaa vaiheesta `initial` (tai ensimmäisestä) ja päättyy vaiheeseen, jolla on `ending:`.',
  'Changes to the default speed targets, promise deadline and score weights.':
    'Muutokset oletusarvoisiin nopeustavoitteisiin, lupausten määräaikaan ja pisteiden painoihin.',
  'Discussion prompts for the debrief of the whole drill.': 'Keskustelukysymykset koko harjoituksen purkuun.',
  'Deadline of a promise that names no time (default 24h).': 'Määräaika lupaukselle, jossa ei mainita aikaa (oletus 24h).',
  'Weights of the four scores in the total (default equal).': 'Neljän osapistemäärän painot kokonaispisteissä (oletus: yhtä suuret).',

  // Common values
  'An identifier: letters, digits, - and _, starting with a letter.': 'Tunniste: kirjaimia, numeroita, - ja _, alkaa kirjaimella.',
  'A simulated duration such as 90s, 5m, 2h or 1h30m.': 'Simuloitu kesto, esimerkiksi 90s, 5m, 2h tai 1h30m.',
  'A persona id.': 'Henkilön tunniste.',
  'A channel id.': 'Kanavan tunniste.',
  'A post id.': 'Viestin tunniste.',
  "0 customer service, 1 communications told, 2 communications leads with a manager's statement, 3 top management.":
    '0 asiakaspalvelu, 1 viestintä tiedotettu, 2 viestintä johtaa ja johdon edustaja lausuu, 3 ylin johto.',

  // Channels and personas
  "The channel's id, used in posts' `on:`.": 'Kanavan tunniste, jota viestien `on:` käyttää.',
  'page = company page wall with comment threads; microblog; reviews = review site; forum; chat = chat/DM; email; press = journalist inquiries.':
    'page = yrityksen sivu kommenttiketjuineen; microblog = mikroblogi; reviews = arvostelusivusto; forum = keskustelupalsta; chat = chat tai yksityisviestit; email = sähköposti; press = toimittajien yhteydenotot.',
  'The channel as the trainee sees it, e.g. "Tavaratalo on Facebook".':
    'Kanavan nimi harjoittelijan näkemänä, esim. ”Tavaratalo Facebookissa”.',
  "The persona's id, used in posts' and replies' `by:`.": 'Henkilön tunniste, jota viestien ja vastausten `by:` käyttää.',
  'The name shown with their posts.': 'Nimi, joka näkyy henkilön viestien yhteydessä.',
  'Shown beside the name, e.g. @maijav.': 'Näkyy nimen vieressä, esim. @maijav.',
  'Followers or readers: how far their posts travel.': 'Seuraajat tai lukijat: kuinka laajalle henkilön viestit leviävät.',
  'How the persona behaves; trolls and fans do not need an answer, vindictive people cannot be placated.':
    'Miten henkilö käyttäytyy; trollit ja fanit eivät tarvitse vastausta, kostonhaluista ei saa lepytettyä.',

  // Posts
  "The post's id, used in phases' `posts:` and in conditions.": 'Viestin tunniste, jota vaiheiden `posts:` ja ehdot käyttävät.',
  'The post as the trainee sees it.': 'Viesti sellaisena kuin harjoittelija sen näkee.',
  'How serious the post is; sets its speed target (low 60m, medium 30m, high 20m, critical 15m by default).':
    'Kuinka vakava viesti on; määrää sen nopeustavoitteen (oletuksena low 60m, medium 30m, high 20m, critical 15m).',
  'true when the company did wrong (an apology fits); false for a false rumour or an unwarranted claim (correct the facts instead).':
    'true, kun yritys toimi väärin (anteeksipyyntö sopii); false, kun kyse on perättömästä huhusta tai aiheettomasta väitteestä (oikaise silloin tosiasiat).',
  'Whether the team should answer; by default yes unless the persona is a troll or a fan.':
    'Pitääkö tiimin vastata; oletuksena kyllä, paitsi jos henkilö on trolli tai fani.',
  'Star rating, for review-site posts.': 'Tähtiarvio arvostelusivuston viesteille.',
  'Subject line, for e-mail and press inquiries.': 'Aiherivi sähköposteille ja toimittajien yhteydenotoille.',
  'An id for the reply, unique in the scenario (default: the post id and its number).':
    'Vastauksen tunniste, yksilöllinen koko skenaariossa (oletus: viestin tunniste ja vastauksen numero).',
  'How long after the post appears.': 'Kuinka kauan viestin ilmestymisen jälkeen.',
  'The reply as it appears in the thread.': 'Vastaus sellaisena kuin se näkyy ketjussa.',
  "Other people's replies in the thread, appearing over time.": 'Muiden ihmisten vastaukset ketjussa; ne ilmestyvät ajan mittaan.',
  'The short label on the quick-reply button.': 'Lyhyt teksti valmiin vastauksen painikkeessa.',
  'The full answer it inserts.': 'Koko vastaus, jonka painike lisää.',
  'Ready-made answers the trainee may pick.': 'Valmiit vastaukset, joista harjoittelija voi valita.',
  'What an expert would answer; shown in the debrief.': 'Mitä asiantuntija vastaisi; näkyy purussa.',
  'A reserve post that only a facilitator releases ("turn up the heat").':
    'Varaviesti, jonka vain fasilitaattori julkaisee (”kiristä tilannetta”).',

  // Phases and transitions
  "The phase's id, used in transitions' `to:` and in `initial:`.": 'Vaiheen tunniste, jota siirtymien `to:` ja `initial:` käyttävät.',
  'A short name, for facilitators, diagrams and the debrief.': 'Lyhyt nimi fasilitaattoreille, kaavioihin ja purkuun.',
  'Show the phase name to the trainee.': 'Näytä vaiheen nimi harjoittelijalle.',
  "What is going on in this phase, for the trainer's own notes and the diagram.":
    'Mitä tässä vaiheessa tapahtuu; kouluttajan omiin muistiinpanoihin ja kaavioon.',
  'The escalation level this phase calls for.': 'Eskalointitaso, jota tämä vaihe vaatii.',
  'How fast the crisis spreads while this phase lasts.': 'Kuinka nopeasti kriisi leviää tämän vaiheen aikana.',
  'People newly reached per simulated minute.': 'Uusia tavoitettuja ihmisiä simuloitua minuuttia kohden.',
  'Shares per simulated minute.': 'Jakoja simuloitua minuuttia kohden.',
  'Change of sentiment (-100..100) per simulated minute.': 'Tunnelman muutos (-100..100) simuloitua minuuttia kohden.',
  'Per-minute growth of the rates while the phase lasts, e.g. 0.02 = 2 % a minute.':
    'Nopeuksien kasvu minuutissa vaiheen aikana, esim. 0.02 = 2 % minuutissa.',
  'The posts that appear in this phase, and when.': 'Viestit, jotka ilmestyvät tässä vaiheessa, ja milloin.',
  'When it appears, relative to entering the phase.': 'Milloin viesti ilmestyy, vaiheen alusta laskien.',
  'Where the crisis goes next: the first that fires wins. A phase that is not an ending needs at least one.':
    'Mihin kriisi etenee seuraavaksi: ensimmäinen toteutuva siirtymä voittaa. Vaihe, joka ei ole loppu, tarvitsee vähintään yhden.',
  'The phase to move to.': 'Vaihe, johon siirrytään.',
  'Move as soon as this holds.': 'Siirry heti, kun tämä ehto täyttyy.',
  'A timer from phase entry: move when it runs out (and `when`, if given, holds then).':
    'Ajastin vaiheen alusta: siirry, kun aika loppuu (ja `when`, jos se on annettu, täyttyy silloin).',
  'Why this transition exists; shown to facilitators and in the diagram.':
    'Miksi tämä siirtymä on olemassa; näkyy fasilitaattoreille ja kaaviossa.',
  'Makes the phase an ending: good, bad, or the worst one.': 'Tekee vaiheesta lopun: good (hyvä), bad (huono) tai worst (pahin).',
  'What to expect and watch for; only the facilitator sees it.': 'Mitä odottaa ja mitä seurata; vain fasilitaattori näkee tämän.',
  'Discussion prompts shown in the debrief at this phase.': 'Keskustelukysymykset, jotka näkyvät purussa tämän vaiheen kohdalla.',

  // Conditions: the combinators (each kind's words are in its own file)
  'The name of a condition defined under `conditions:`.': 'Kohdassa `conditions:` määritellyn ehdon nimi.',
  'Every condition holds.': 'Kaikki ehdot täyttyvät.',
  'At least one condition holds.': 'Vähintään yksi ehdoista täyttyy.',
  'The condition does not hold.': 'Ehto ei täyty.',
};

export const DESCRIPTIONS_FI: Readonly<Record<string, string>> = { ...OWN, ...CONDITION_DESCRIPTIONS_FI };

/** A schema description in Finnish (the English one if it has none yet). */
export function descriptionFi(en: string): string {
  return en === '' ? '' : (DESCRIPTIONS_FI[en] ?? en);
}
