// yaml's own errors and warnings as Kohu diagnostics. yaml's messages are
// accurate but written for programmers, so each error code gets a hint
// that says what a trainer most likely typed and how to fix it.
import type { Document, ErrorCode, YAMLError } from 'yaml';
import * as d from '../diagnostics.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { Both } from '../diagnostic-params.ts';
import type { Source } from './source.ts';
import { duplicateKey } from './tree.ts';

const QUOTE_HINT: Both = {
  en: 'If a text contains `: ` or ` #`, or starts with one of [ ] { } * & ! | > \' " % @ `, put the whole text in double quotes.',
  fi: 'Jos tekstissä on `: ` tai ` #`, tai se alkaa jollakin merkeistä [ ] { } * & ! | > \' " % @ `, laita koko teksti lainausmerkkeihin.',
};
const withQuotes = (en: string, fi: string): Both => ({ en: `${en} ${QUOTE_HINT.en}`, fi: `${fi} ${QUOTE_HINT.fi}` });

const HINTS: Partial<Record<ErrorCode, Both>> = {
  BAD_INDENT: {
    en: 'Check the indentation: fields of the same thing start in the same column, and what belongs to a field is indented further (with spaces).',
    fi: 'Tarkista sisennys: saman asian kentät alkavat samasta sarakkeesta, ja kenttään kuuluva sisältö on sisennetty pidemmälle (välilyönneillä).',
  },
  TAB_AS_INDENT: {
    en: 'Indent with spaces only; most editors can turn tabs into spaces.',
    fi: 'Sisennä vain välilyönneillä; useimmat editorit osaavat muuttaa sarkaimet välilyönneiksi.',
  },
  MISSING_CHAR: {
    en: 'Something opened on this line or above is never closed: every `"`, `[` and `{` needs its partner.',
    fi: 'Jotain tällä tai ylemmällä rivillä avattua ei suljeta: jokainen `"`, `[` ja `{` tarvitsee parinsa.',
  },
  BAD_DQ_ESCAPE: {
    en: 'Inside double quotes a backslash starts an escape such as \\n. Write \\\\ for a backslash, or use single quotes.',
    fi: 'Lainausmerkkien sisällä kenoviiva aloittaa erikoismerkin, kuten \\n. Kirjoita kenoviiva muodossa \\\\ tai käytä heittomerkkejä.',
  },
  BLOCK_AS_IMPLICIT_KEY: QUOTE_HINT,
  MULTILINE_IMPLICIT_KEY: withQuotes('A field name must fit on one line.', 'Kentän nimen pitää mahtua yhdelle riville.'),
  UNEXPECTED_TOKEN: withQuotes('Check this line and the one before it.', 'Tarkista tämä rivi ja sitä edeltävä.'),
  BAD_SCALAR_START: QUOTE_HINT,
  BAD_ALIAS: {
    en: 'An alias `*name` needs an anchor `&name` earlier in the file.',
    fi: 'Viittaus `*nimi` tarvitsee ankkurin `&nimi` aiemmin tiedostossa.',
  },
  BLOCK_IN_FLOW: {
    en: 'Inside `[ ]` or `{ }` write everything on one line, or drop the brackets and use indented lines.',
    fi: 'Kirjoita `[ ]`- tai `{ }`-sulkujen sisältö yhdelle riville, tai jätä sulut pois ja käytä sisennettyjä rivejä.',
  },
  NON_STRING_KEY: {
    en: 'A field name must be a plain word, not a list or a group of fields: look for a stray `?`, `[` or `{` at the start of the line.',
    fi: 'Kentän nimen pitää olla tavallinen sana, ei lista tai kenttien joukko: etsi rivin alusta ylimääräistä `?`-, `[`- tai `{`-merkkiä.',
  },
  KEY_OVER_1024_CHARS: {
    en: 'A field name this long is probably a text missing its `name:` in front.',
    fi: 'Näin pitkä kentän nimi on luultavasti teksti, jonka edestä puuttuu kentän nimi (esimerkiksi `text:`).',
  },
};
const DEFAULT_HINT = withQuotes(
  'Check the quotes, colons and indentation here and on the line before.',
  'Tarkista lainausmerkit, kaksoispisteet ja sisennys tällä ja edellisellä rivillä.',
);

/**
 * yaml's messages are English; in Finnish each is said by what it means
 * (several messages share a code, so a few are told apart by their words).
 * Anything rarer gets a general sentence with yaml's own words after it.
 */
const DETAILS_FI: [RegExp, string][] = [
  [/end with a [\]}]/, 'hakasulku `[` tai aaltosulku `{` jää sulkematta.'],
  [/closing "?quote/i, 'sulkeva lainausmerkki puuttuu.'],
  [/Implicit map keys need to be followed by map values/, 'kentän nimen perästä puuttuu kaksoispiste.'],
  [/Missing space after :/, 'kaksoispisteen jälkeen puuttuu välilyönti.'],
  [/^Missing , /, 'kohtien välistä puuttuu pilkku.'],
  [/Sequence item without - indicator/, 'listan kohdan alusta puuttuu `- `.'],
  [/Nested mappings are not allowed in compact mappings/, 'arvossa on toinen `: `, joten YAML luulee sitä uudeksi kentäksi.'],
];
const CODES_FI: Partial<Record<ErrorCode, string>> = {
  TAB_AS_INDENT: 'sisennyksessä on sarkain, mutta YAML sallii sisennykseen vain välilyöntejä.',
  BAD_INDENT: 'sisennys ei täsmää: saman tason kohtien pitää alkaa samasta sarakkeesta.',
  MISSING_CHAR: 'jokin merkki puuttuu, esimerkiksi sulkeva lainausmerkki tai sulku.',
  BAD_DQ_ESCAPE: 'lainausmerkkien sisällä on virheellinen kenoviivan käyttö.',
  BLOCK_AS_IMPLICIT_KEY: 'rivillä on `: ` kohdassa, jossa YAML ei sitä odota.',
  MULTILINE_IMPLICIT_KEY: 'kentän nimi jatkuu usealle riville.',
  UNEXPECTED_TOKEN: 'tässä on merkki, jota YAML ei odota.',
  BAD_SCALAR_START: 'arvo alkaa merkillä, jolla arvo ei voi alkaa ilman lainausmerkkejä.',
  BAD_ALIAS: 'viittaus `*nimi` tai ankkuri `&nimi` on virheellinen.',
  BLOCK_IN_FLOW: 'hakasulkujen tai aaltosulkujen sisällä on usealle riville jaettu rakenne.',
  NON_STRING_KEY: 'kentän nimi on tässä lista tai kenttien joukko eikä sana.',
  KEY_OVER_1024_CHARS: 'kentän nimi on yli 1024 merkkiä pitkä.',
};

function detailFi(code: ErrorCode, detail: string): string {
  return DETAILS_FI.find(([re]) => re.test(detail))?.[1] ?? CODES_FI[code] ?? `YAML-jäsennin ei pysty lukemaan tätä kohtaa (${detail})`;
}

/**
 * Every error yaml reports, except echoes: after a syntax error yaml often
 * complains about each following line (one tab can yield six errors), so a
 * syntax error on the same line as, or the line after, the previous one is
 * dropped. Errors separated by a clean line are all reported. Unknown tags
 * are warnings to yaml but errors to Kohu.
 */
export function yamlDiagnostics(src: Source, doc: Document.Parsed): Diagnostic[] {
  const out: Diagnostic[] = [];
  let lastSyntaxLine = -2;
  for (const error of [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0])) {
    const diagnostic = fromError(src, doc, error);
    if (diagnostic.code === 'yaml_syntax') {
      const echo = diagnostic.line - lastSyntaxLine <= 1;
      lastSyntaxLine = diagnostic.line;
      if (echo) continue;
    }
    out.push(diagnostic);
  }
  for (const warning of doc.warnings) {
    if (warning.code === 'TAG_RESOLVE_FAILED') out.push(d.yaml_unknown_tag(src, warning.pos, { tag: tagName(src, warning) }));
  }
  return out;
}

function fromError(src: Source, doc: Document.Parsed, error: YAMLError): Diagnostic {
  const at = error.pos;
  if (error.code === 'MULTIPLE_DOCS') return d.yaml_multiple_documents(src, [at[0], at[0] + 3]);
  if (error.code === 'DUPLICATE_KEY') {
    const dup = duplicateKey(src, doc, at[0]);
    if (dup) return d.yaml_duplicate_key(src, dup.range, dup);
    return d.yaml_duplicate_key(src, at, { key: keyText(src, at), firstLine: src.position(at[0]).line });
  }
  const detail =
    error.code === 'NON_STRING_KEY'
      ? 'a field name here is a list or a group of fields, not a word.'
      : error.message.replace(/\s+at line \d+, column \d+:[\s\S]*$/, '').trim();
  // yaml notices an unclosed bracket only where the indentation runs out.
  const unclosed = /end with a [\]}]/.test(detail);
  const hint = (unclosed ? HINTS.MISSING_CHAR : HINTS[error.code]) ?? DEFAULT_HINT;
  return d.yaml_syntax(src, at, { detail: { en: sentence(detail), fi: sentence(detailFi(error.code, detail)) }, hint });
}

function keyText(src: Source, [start]: readonly [number, number]): string {
  return src.text
    .slice(start, start + 40)
    .split(/:\s|\n/)[0]
    .trim();
}

/** The tag as the trainer wrote it (`!!python/object`), not yaml's expanded URI. */
function tagName(src: Source, warning: YAMLError): string {
  const written = /![^\s,[\]{}]*/.exec(src.text.slice(warning.pos[0], warning.pos[1]));
  return written ? written[0] : warning.message.replace(/^Unresolved tag:\s*/, '');
}

const sentence = (s: string) => (s.endsWith('.') ? s : `${s}.`);
