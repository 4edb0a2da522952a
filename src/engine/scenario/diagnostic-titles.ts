// One line per diagnostic code saying what the rule checks, in English and
// Finnish: the rule list of machine-readable output (SARIF's `rules`, which
// code scanning shows beside each problem) and of editors. Typed against the
// codes of both catalogues, so a new code without a title does not compile.
import type { Both, Code } from './diagnostic-params.ts';
import { CATALOGUE, type Severity } from './diagnostics.ts';
import { TRANSLATION_CODES } from './translations.ts';

type TranslationCode = keyof typeof TRANSLATION_CODES;

const TITLES: Record<Code | TranslationCode, Both> = {
  input_empty: { en: 'The file has no scenario in it.', fi: 'Tiedostossa ei ole skenaariota.' },
  input_too_large: { en: 'The file is too large to be a scenario.', fi: 'Tiedosto on liian suuri skenaarioksi.' },
  input_binary: { en: 'The file is not plain UTF-8 text.', fi: 'Tiedosto ei ole pelkkää UTF-8-tekstiä.' },
  input_unreadable: { en: 'The file cannot be read.', fi: 'Tiedostoa ei voi lukea.' },
  yaml_syntax: { en: 'The text is not valid YAML.', fi: 'Teksti ei ole kelvollista YAMLia.' },
  yaml_duplicate_key: { en: 'A field appears twice in the same place.', fi: 'Sama kenttä on kahdesti samassa kohdassa.' },
  yaml_alias_limit: { en: 'Too many YAML aliases.', fi: 'Liikaa YAML-viittauksia (alias).' },
  yaml_alias_cycle: { en: 'A YAML alias refers to itself.', fi: 'YAML-viittaus viittaa itseensä.' },
  yaml_unknown_tag: { en: 'An unknown YAML tag.', fi: 'Tuntematon YAML-tagi.' },
  yaml_too_deep: { en: 'The YAML is nested too deep.', fi: 'YAML on sisäkkäin liian monta tasoa.' },
  yaml_multiple_documents: { en: 'More than one YAML document in the file.', fi: 'Tiedostossa on useampi kuin yksi YAML-dokumentti.' },
  scenario_not_mapping: { en: 'The file is not a set of fields.', fi: 'Tiedosto ei ole joukko kenttiä.' },
  schema_format_version: { en: 'The scenario format version is missing or not 1.', fi: 'Skenaarion muodon versio puuttuu tai ei ole 1.' },
  schema_missing_field: { en: 'A required field is missing.', fi: 'Pakollinen kenttä puuttuu.' },
  schema_unknown_field: { en: 'A field that does not belong here.', fi: 'Kenttä, joka ei kuulu tähän.' },
  schema_wrong_type: { en: 'A value of the wrong type (text, number, list…).', fi: 'Väärän tyyppinen arvo (teksti, luku, luettelo…).' },
  schema_bad_value: { en: 'A value that the field does not allow.', fi: 'Arvo, jota kenttä ei salli.' },
  schema_out_of_range: { en: 'A number outside its allowed range.', fi: 'Luku sallitun välin ulkopuolella.' },
  schema_empty: { en: 'An empty field or list.', fi: 'Tyhjä kenttä tai luettelo.' },
  duration_invalid: { en: 'A duration Kohu cannot read.', fi: 'Kesto, jota Kohu ei osaa lukea.' },
  id_invalid: { en: 'An id with characters ids may not have.', fi: 'Tunniste, jossa on kiellettyjä merkkejä.' },
  condition_invalid: { en: 'A condition Kohu cannot read.', fi: 'Ehto, jota Kohu ei osaa lukea.' },
  ref_unknown_persona: { en: 'A reference to a persona that does not exist.', fi: 'Viittaus henkilöön, jota ei ole.' },
  ref_unknown_channel: { en: 'A reference to a channel that does not exist.', fi: 'Viittaus kanavaan, jota ei ole.' },
  ref_unknown_post: { en: 'A reference to a post that does not exist.', fi: 'Viittaus viestiin, jota ei ole.' },
  ref_unknown_phase: { en: 'A reference to a phase that does not exist.', fi: 'Viittaus vaiheeseen, jota ei ole.' },
  ref_unknown_condition: { en: 'A reference to a condition that does not exist.', fi: 'Viittaus ehtoon, jota ei ole.' },
  duplicate_id: { en: 'Two things of the same kind share an id.', fi: 'Kahdella samanlaisella on sama tunniste.' },
  condition_cycle: { en: 'Conditions defined through each other in a circle.', fi: 'Ehdot on määritelty toistensa kautta kehässä.' },
  phase_unreachable: { en: 'A phase that can never be reached.', fi: 'Vaihe, johon ei koskaan päästä.' },
  phase_dead_end: { en: 'A phase with no way out that is not an ending.', fi: 'Vaihe, josta ei pääse pois ja joka ei ole loppu.' },
  phase_trap: { en: 'Phases that lead only to each other.', fi: 'Vaiheet, jotka johtavat vain toisiinsa.' },
  ending_none_good: { en: 'No good ending: the drill cannot be won.', fi: 'Ei hyvää loppua: harjoitusta ei voi voittaa.' },
  ending_has_transitions: { en: 'An ending with transitions that are never used.', fi: 'Loppu, jonka siirtymiä ei koskaan käytetä.' },
  post_never_appears: { en: 'A post that never appears in a drill.', fi: 'Viesti, joka ei koskaan tule näkyviin.' },
  post_listed_twice: { en: 'A post listed to appear twice.', fi: 'Viesti on merkitty näkymään kahdesti.' },
  duration_too_long: { en: 'The drill is longer than a drill may be.', fi: 'Harjoitus on pidempi kuin harjoitus voi olla.' },
  objective_target_mismatch: {
    en: 'An objective names another reply time than the score uses.',
    fi: 'Tavoite nimeää eri vastausajan kuin pisteytys käyttää.',
  },
  compile_failed: { en: 'Kohu could not build a drill (a bug in Kohu).', fi: 'Kohu ei saanut rakennettua harjoitusta (Kohun vika).' },
  translation_missing_id: { en: 'An id in one language but not the other.', fi: 'Tunniste, joka on vain toisessa kieliversiossa.' },
  translation_structure: { en: 'The language versions differ in structure.', fi: 'Kieliversioiden rakenne eroaa.' },
  translation_value: {
    en: 'The language versions differ in an id, number or condition.',
    fi: 'Kieliversioissa on eri tunniste, luku tai ehto.',
  },
  translation_order: { en: 'The language versions list things in another order.', fi: 'Kieliversioissa asiat ovat eri järjestyksessä.' },
};

export interface DiagnosticRule {
  code: string;
  severity: Severity;
  title: Both;
}

/** Every code Kohu can report about a scenario, with its severity and title, in catalogue order. */
export function diagnosticRules(): DiagnosticRule[] {
  const severities: Record<string, Severity> = { ...CATALOGUE, ...TRANSLATION_CODES };
  return Object.entries(severities).map(([code, severity]) => ({ code, severity, title: TITLES[code as Code | TranslationCode] }));
}
