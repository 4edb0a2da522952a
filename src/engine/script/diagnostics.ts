// Diagnostics for play scripts: the same shape as the scenario's (code,
// file:line:col, frame, hint, and the Finnish in `fi`), so the CLI and the
// studio print them alike. Each code has one hint; the message says what
// was found.
import type { Diagnostic } from '../scenario/diagnostics.ts';
import type { Both } from '../scenario/diagnostic-params.ts';
import type { Offsets, Source } from '../scenario/1-parse/source.ts';

export type ScriptCode =
  | 'script_not_list'
  | 'script_action_not_mapping'
  | 'script_time_missing'
  | 'script_time_invalid'
  | 'script_time_backwards'
  | 'script_time_out_of_range'
  | 'script_too_many_actions'
  | 'script_type_unknown'
  | 'script_field_missing'
  | 'script_post_unknown'
  | 'script_level_invalid'
  | 'script_visibility_invalid'
  | 'script_seed_invalid'
  | 'script_action_rejected';

export function scriptDiagnostic(
  src: Source,
  [start, end]: Offsets,
  code: ScriptCode,
  message: Both,
  severity: 'error' | 'warning' = 'error',
): Diagnostic {
  const from = src.position(start);
  const to = end > start ? src.position(end) : { line: from.line, col: from.col + 1 };
  const hint = SCRIPT_HINTS[code];
  return {
    code,
    severity,
    message: message.en,
    hint: hint.en,
    fi: { message: message.fi, hint: hint.fi },
    file: src.file,
    line: from.line,
    col: from.col,
    endLine: to.line,
    endCol: to.col,
    frame: src.frame([start, end]),
  };
}

export const SCRIPT_HINTS: Record<ScriptCode, Both> = {
  script_not_list: {
    en: 'A script is `actions:` followed by a list; each item starts with `- at: 4m` and `type: reply` (see scenarios/README.md, "Play scripts").',
    fi: 'Pelikäsikirjoitus on `actions:` ja sen alla lista; jokainen kohta alkaa riveillä `- at: 4m` ja `type: reply` (katso scenarios/README.md, ”Play scripts”).',
  },
  script_action_not_mapping: {
    en: 'Write each action as a mapping: `- at: 4m` on one line, `type: reply` and its fields indented below.',
    fi: 'Kirjoita jokainen toiminto kenttinä: `- at: 4m` omalle rivilleen ja `type: reply` kenttineen sisennettyinä sen alle.',
  },
  script_time_missing: {
    en: 'Give every action a simulated time, e.g. `at: 4m` or `at: 1h30m`.',
    fi: 'Anna jokaiselle toiminnolle simuloitu aika, esim. `at: 4m` tai `at: 1h30m`.',
  },
  script_time_invalid: { en: 'Write a duration such as 90s, 5m, 2h or 1h30m.', fi: 'Kirjoita kesto, esimerkiksi 90s, 5m, 2h tai 1h30m.' },
  script_time_backwards: {
    en: 'Actions run in order; sort them by `at`, or fix this time.',
    fi: 'Toiminnot suoritetaan järjestyksessä; järjestä ne `at`-ajan mukaan tai korjaa tämä aika.',
  },
  script_time_out_of_range: {
    en: 'A drill ends at its scenario’s `duration`; give a time within it.',
    fi: 'Harjoitus päättyy skenaarion kestoon (`duration`); anna aika sen sisältä.',
  },
  script_too_many_actions: {
    en: 'Split the script, or remove actions: a real drill holds a few dozen.',
    fi: 'Jaa käsikirjoitus osiin tai poista toimintoja: oikeassa harjoituksessa niitä on muutamia kymmeniä.',
  },
  script_type_unknown: {
    en: 'Use one of: reply, follow_up, delete, hide, escalate, statement, mark_read, end.',
    fi: 'Käytä jotakin näistä: reply, follow_up, delete, hide, escalate, statement, mark_read, end.',
  },
  script_field_missing: {
    en: 'Add the field; see the action types in scenarios/README.md.',
    fi: 'Lisää kenttä; toimintojen tyypit on kuvattu tiedostossa scenarios/README.md.',
  },
  script_post_unknown: { en: 'Use the `id` of a post in the scenario.', fi: 'Käytä jonkin skenaarion viestin tunnistetta (`id`).' },
  script_level_invalid: {
    en: 'Escalation levels are 0 (customer service), 1 (communications), 2 (communications leads), 3 (top management).',
    fi: 'Eskalointitasot ovat 0 (asiakaspalvelu), 1 (viestintä tiedotettu), 2 (viestintä johtaa) ja 3 (ylin johto).',
  },
  script_visibility_invalid: {
    en: 'Use `visibility: public` (in the thread) or `visibility: private` (private message).',
    fi: 'Käytä arvoa `visibility: public` (ketjussa) tai `visibility: private` (yksityisviesti).',
  },
  script_seed_invalid: { en: 'The seed is a whole number, e.g. `seed: 1`.', fi: 'Siemenluku on kokonaisluku, esim. `seed: 1`.' },
  script_action_rejected: {
    en: 'The drill refused this action at that moment; check that the post has appeared by then and that the drill has not ended.',
    fi: 'Harjoitus ei hyväksynyt tätä toimintoa sillä hetkellä; tarkista, että viesti on jo ilmestynyt eikä harjoitus ole päättynyt.',
  },
};
