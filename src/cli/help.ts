// `kohu help [COMMAND]`, `kohu COMMAND --help`: every command's whole usage,
// in English or (with --lang fi) Finnish. One table, so a new command or flag
// is documented where it is added.
import type { Language } from '../engine/play.ts';

export const COMMANDS = ['validate', 'fmt', 'lsp', 'play', 'explore', 'read'] as const;
export type Command = (typeof COMMANDS)[number];

type Help = Record<Language, string>;

const OVERVIEW: Help = {
  en: `kohu — social-media crisis drills

Usage: kohu COMMAND [OPTIONS]   (kohu help COMMAND, or kohu COMMAND --help, for its options)

Commands:
  validate FILE…              check scenarios: every problem with file:line:col, a code and a hint
  fmt FILE…                   lay scenarios out the same way, keeping every comment (--check: only report)
  lsp                         the language server for editors (VS Code, Neovim…), over stdio
  play SCENARIO --script S    play a scripted drill and print the scorecard
  explore SCENARIO            reachable phases, endings, dead ends, where doing nothing leads
  read --lang fi|en [FILE]    how Kohu reads replies: grade, reasons, markers, promises

--lang fi gives this help and the commands' messages in Finnish (explore reports in English).
Scenario format, play scripts and the editor set-up: scenarios/README.md`,
  fi: `kohu — somekriisiharjoitukset

Käyttö: kohu KOMENTO [VALITSIMET]   (kohu help KOMENTO tai kohu KOMENTO --help kertoo valitsimet)

Komennot:
  validate TIEDOSTO…          tarkistaa skenaariot: jokainen ongelma rivin ja sarakkeen, koodin ja vihjeen kanssa
  fmt TIEDOSTO…               asettelee skenaariot yhtenäisesti kommentteja hukkaamatta (--check: vain kertoo)
  lsp                         kielipalvelin editoreille (VS Code, Neovim…) vakiosyötteen ja -tulosteen kautta
  play SKENAARIO --script S   pelaa käsikirjoitetun harjoituksen ja tulostaa tuloskortin
  explore SKENAARIO           saavutettavat vaiheet, loput, umpikujat ja mihin toimettomuus johtaa
  read --lang fi|en [TIED.]   miten Kohu lukee vastaukset: arvio, perustelut, merkit, lupaukset

--lang fi antaa tämän ohjeen ja komentojen viestit suomeksi (explore raportoi englanniksi).
Skenaarioiden muoto, käsikirjoitukset ja editorin käyttöönotto: scenarios/README.md`,
};

const COMMAND_HELP: Record<Command, Help> = {
  validate: {
    en: `Usage: kohu validate FILE… [--format text|json|sarif] [--lang fi|en]

Checks scenario files and reports every problem at once. When both
<id>.fi.yaml and <id>.en.yaml are given, also checks that the two share
every id and the same structure.

Options:
  --format text   (default) one line per problem, FILE:LINE:COL: error|warning CODE: message,
                  then the lines around it and a hint; a summary line at the end
  --format json   one JSON document: {"kind":"kohu-diagnostics","version":1,"files","errors",
                  "warnings","diagnostics":[{code, severity, file, line, col, endLine, endCol,
                  message, hint, fi:{message, hint}}]} (positions 1-based, endCol exclusive)
  --format sarif  SARIF 2.1.0 for code scanning (GitHub shows the problems on the pull request)
  --lang fi|en    the language of the text output and of SARIF messages (English by default);
                  JSON always carries both
  -h, --help      this help

Exit status: 0 no errors (warnings allowed), 1 an error in some file, 2 wrong usage.`,
    fi: `Käyttö: kohu validate TIEDOSTO… [--format text|json|sarif] [--lang fi|en]

Tarkistaa skenaariotiedostot ja kertoo kaikki ongelmat kerralla. Jos sekä
<id>.fi.yaml että <id>.en.yaml annetaan, tarkistaa myös, että niissä on
samat tunnisteet ja sama rakenne.

Valitsimet:
  --format text   (oletus) rivi kustakin ongelmasta, TIEDOSTO:RIVI:SARAKE: error|warning KOODI: viesti,
                  sitten ympäröivät rivit ja vihje; lopuksi yhteenvetorivi
  --format json   yksi JSON-dokumentti: {"kind":"kohu-diagnostics","version":1,"files","errors",
                  "warnings","diagnostics":[{code, severity, file, line, col, endLine, endCol,
                  message, hint, fi:{message, hint}}]} (sijainnit alkavat 1:stä, endCol ei kuulu alueeseen)
  --format sarif  SARIF 2.1.0 koodiskannaukseen (GitHub näyttää ongelmat pull requestissa)
  --lang fi|en    tekstitulosteen ja SARIF-viestien kieli (oletuksena englanti); JSONissa ovat aina molemmat
  -h, --help      tämä ohje

Paluuarvo: 0 ei virheitä (varoitukset sallittu), 1 jossakin tiedostossa on virhe, 2 väärä käyttö.`,
  },
  fmt: {
    en: `Usage: kohu fmt FILE… [--check] [--lang fi|en]

Lays scenario files (and play scripts) out the same way: two-space
indentation, lists indented under their key, \`{ a: b }\` and \`[a, b]\` on one
line, one space before a comment (unless comments are lined up in a
column), one blank line where there were several. Comments, the order of
fields, quoting and the line breaks of block texts (\`|\`, \`>\`) stay as
written; a file is only written when its data and comments come out the
same. Running it twice changes nothing the second time. A file with a YAML
syntax error is left alone and reported.

Options:
  --check         change nothing; list the files that fmt would change, exit 1 if any
  --lang fi|en    the language of the messages (English by default)
  -h, --help      this help

Exit status: 0 done (or, with --check, nothing to change), 1 a file would change or could
not be read or parsed, 2 wrong usage.`,
    fi: `Käyttö: kohu fmt TIEDOSTO… [--check] [--lang fi|en]

Asettelee skenaariotiedostot (ja pelikäsikirjoitukset) yhtenäisesti: kahden
välilyönnin sisennys, luettelot sisennettyinä avaimensa alle, \`{ a: b }\` ja
\`[a, b]\` yhdellä rivillä, yksi välilyönti ennen kommenttia (paitsi jos
kommentit on tasattu sarakkeeseen), useista tyhjistä riveistä jää yksi.
Kommentit, kenttien järjestys, lainausmerkit ja tekstilohkojen (\`|\`, \`>\`)
rivitys säilyvät; tiedosto kirjoitetaan vain, jos sen tiedot ja kommentit
pysyvät samoina. Toinen ajo ei muuta enää mitään. Tiedostoa, jossa on
YAML-syntaksivirhe, ei muuteta; siitä kerrotaan.

Valitsimet:
  --check         ei muuta mitään; luettelee tiedostot, joita fmt muuttaisi, ja palauttaa 1, jos niitä on
  --lang fi|en    viestien kieli (oletuksena englanti)
  -h, --help      tämä ohje

Paluuarvo: 0 valmis (tai --check: ei muutettavaa), 1 tiedosto muuttuisi tai sitä ei voitu
lukea tai jäsentää, 2 väärä käyttö.`,
  },
  lsp: {
    en: `Usage: kohu lsp [--stdio]

Runs Kohu's language server over standard input and output, for editors
that speak the Language Server Protocol (VS Code, Neovim, JetBrains, Helix…).
It gives Kohu's own diagnostics as you type, completion of fields, values,
ids and condition kinds, hover help, go to definition, find references,
rename of ids, the outline (phases, posts) and quick fixes for
"did you mean" hints. Messages and help follow the scenario's language.
Set-up for VS Code and Neovim: scenarios/README.md, "Kohu in your editor".

Options:
  --stdio         accepted for editors that always pass it; stdio is the only transport
  -h, --help      this help`,
    fi: `Käyttö: kohu lsp [--stdio]

Käynnistää Kohun kielipalvelimen vakiosyötteeseen ja -tulosteeseen
editoreille, jotka puhuvat Language Server Protocolia (VS Code, Neovim,
JetBrains, Helix…). Se antaa Kohun omat tarkistukset kirjoittaessa,
kenttien, arvojen, tunnisteiden ja ehtotyyppien täydennyksen, ohjeen hiiren
alle, siirtymisen määrittelyyn, viittausten haun, tunnisteiden
uudelleennimeämisen, jäsennyksen (vaiheet, viestit) ja pikakorjaukset
"tarkoititko"-vihjeisiin. Viestit ja ohjeet ovat skenaarion kielellä.
Käyttöönotto VS Codessa ja Neovimissa: scenarios/README.md, "Kohu in your editor".

Valitsimet:
  --stdio         hyväksytään editoreille, jotka antavat sen aina; muuta siirtotapaa ei ole
  -h, --help      tämä ohje`,
  },
  play: {
    en: `Usage: kohu play SCENARIO --script SCRIPT [--seed N] [--json] [--lang fi|en]

Plays a scripted drill headlessly on the simulated clock and prints the
scorecard: the four scores, the total, the ending, and the evidence behind
every point. Play scripts are described in scenarios/README.md.

Options:
  --script FILE   the play script (required)
  --seed N        the random seed (default: the script's seed, else 1); same script and seed,
                  same result
  --json          print the result document (log, phases, scores, flags) instead
  --lang fi|en    the scorecard's language (default: the scenario's language)
  -h, --help      this help

Exit status: 0 played, 1 the scenario or script has an error or an action was refused,
2 wrong usage.`,
    fi: `Käyttö: kohu play SKENAARIO --script KÄSIKIRJOITUS [--seed N] [--json] [--lang fi|en]

Pelaa käsikirjoitetun harjoituksen simuloidulla kellolla ilman selainta ja
tulostaa tuloskortin: neljä pistemäärää, yhteispisteet, lopun ja jokaisen
pisteen perusteet. Käsikirjoitukset on kuvattu tiedostossa scenarios/README.md.

Valitsimet:
  --script TIED.  käsikirjoitus (pakollinen)
  --seed N        satunnaisluvun siemen (oletus: käsikirjoituksen siemen, muuten 1); sama
                  käsikirjoitus ja siemen antavat saman tuloksen
  --json          tulostaa sen sijaan tulosdokumentin (loki, vaiheet, pisteet, liput)
  --lang fi|en    tuloskortin kieli (oletus: skenaarion kieli)
  -h, --help      tämä ohje

Paluuarvo: 0 pelattu, 1 skenaariossa tai käsikirjoituksessa on virhe tai toiminto hylättiin,
2 väärä käyttö.`,
  },
  explore: {
    en: `Usage: kohu explore SCENARIO [--json]

Without any script: which phases and endings can be reached and the
shortest way to each, whether a good ending is reachable, dead ends, where
doing nothing leads and when, posts that never appear; then the balance
report (expert, doing nothing and a careless player played on the engine).

Options:
  --json          print the report as JSON
  -h, --help      this help

Exit status: 0 explored, 1 the scenario has an error, 2 wrong usage.`,
    fi: `Käyttö: kohu explore SKENAARIO [--json]

Ilman käsikirjoitusta: mitkä vaiheet ja loput ovat saavutettavissa ja
lyhin tie kuhunkin, onko hyvä loppu saavutettavissa, umpikujat, mihin ja
milloin toimettomuus johtaa ja viestit, jotka eivät koskaan näy; sitten
tasapainoraportti (asiantuntija, toimettomuus ja huolimaton pelaaja
pelattuina moottorilla).

Valitsimet:
  --json          tulostaa raportin JSON-muodossa
  -h, --help      tämä ohje

Paluuarvo: 0 tutkittu, 1 skenaariossa on virhe, 2 väärä käyttö.`,
  },
  read: {
    en: `Usage: kohu read --lang fi|en [--at YYYY-MM-DDTHH:MM] [FILE]

How Kohu reads replies, before a trainer uses one as a quick reply or a
reference answer. Reads FILE (or standard input, or -): one reply per line,
or JSON lines {"text", "post"?, "atFault"?, "at"?}. Prints one JSON line per
reply ("v": 1): the grade with its reasons, the markers with their words,
and each promise with its deadline.

Options:
  --lang fi|en    the replies' language (required)
  --at TIME       when the replies are sent, for deadlines like "by 5 pm" (default: the scenario
                  clock's default start)
  -h, --help      this help

Exit status: 0 read, 1 a line could not be read, 2 wrong usage.`,
    fi: `Käyttö: kohu read --lang fi|en [--at VVVV-KK-PPTHH:MM] [TIEDOSTO]

Miten Kohu lukee vastaukset, ennen kuin kouluttaja käyttää niitä
pikavastauksena tai mallivastauksena. Lukee TIEDOSTON (tai vakiosyötteen,
tai -): vastaus riviä kohden, tai JSON-rivejä {"text", "post"?, "atFault"?,
"at"?}. Tulostaa vastauksesta JSON-rivin ("v": 1): arvion perusteluineen,
merkit sanoineen ja jokaisen lupauksen määräaikoineen.

Valitsimet:
  --lang fi|en    vastausten kieli (pakollinen)
  --at AIKA       milloin vastaukset lähetetään, määräaikoja kuten "klo 17 mennessä" varten
                  (oletus: skenaarion kellon oletusalku)
  -h, --help      tämä ohje

Paluuarvo: 0 luettu, 1 riviä ei voitu lukea, 2 väärä käyttö.`,
  },
};

export const isCommand = (s: string | undefined): s is Command => (COMMANDS as readonly string[]).includes(s ?? '');

/** The overview, or one command's whole help. */
export function helpText(lang: Language, command?: Command): string {
  return command ? COMMAND_HELP[command][lang] : OVERVIEW[lang];
}

/** `--lang fi` anywhere on the command line (for help and usage messages, before a command parses its flags). */
export function langOf(argv: readonly string[]): Language {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'en';
  const value = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return value === 'fi' ? 'fi' : 'en';
}

export const wantsHelp = (argv: readonly string[]): boolean => argv.some((a) => a === '--help' || a === '-h');

/** A usage mistake: the problem, then where to read more; exit status 2. */
export function usageError(command: Command, problem: { en: string; fi: string }, lang: Language): number {
  console.error(`kohu ${command}: ${problem[lang]}\n${lang === 'fi' ? `Ohje: kohu ${command} --help` : `See: kohu ${command} --help`}`);
  return 2;
}
