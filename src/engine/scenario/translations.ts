// Do the Finnish and English files of a scenario tell the same crisis? Only
// human-readable text may differ: every id, number, duration, level,
// condition and list must match, or one language's drill plays differently
// from the other's. Reported like any other diagnostic, all positioned in
// one of the two files (the one being edited or, by default, the English).
import type { Document } from 'yaml';
import { keyAt, nodeAt, parseYaml, type Path } from './1-parse/index.ts';
import type { Source } from './1-parse/source.ts';
import type { Diagnostic, Severity } from './diagnostics.ts';
import { sortDiagnostics } from './diagnostic-output.ts';
import type { Both } from './diagnostic-params.ts';

/** Fields whose values are text for people: these may (and should) differ between languages. */
const TEXT_FIELDS = new Set([
  'title',
  'summary',
  'role',
  'company',
  'objectives',
  'name',
  'handle',
  'text',
  'label',
  'reference_answer',
  'description',
  'facilitator_notes',
  'debrief_prompts',
  'note',
  'subject',
]);
/** Lists of things with ids, matched by id rather than by position. */
const ID_LISTS = new Set(['channels', 'personas', 'posts', 'phases']);
const WHAT: Record<string, Both> = {
  channels: { en: 'Channel', fi: 'Kanava' },
  personas: { en: 'Persona', fi: 'Henkilö' },
  posts: { en: 'Post', fi: 'Viesti' },
  phases: { en: 'Phase', fi: 'Vaihe' },
  conditions: { en: 'Condition', fi: 'Ehto' },
};

type Lang = 'fi' | 'en';
interface Side {
  lang: Lang;
  file: string;
  doc: Document.Parsed;
  src: Source;
  value: Record<string, unknown>;
}

export const TRANSLATION_CODES = {
  translation_missing_id: 'error',
  translation_structure: 'error',
  translation_value: 'error',
  translation_order: 'warning',
} as const;

export function compareTranslations(fiText: string, fiFile: string, enText: string, enFile: string, reportIn: Lang = 'en'): Diagnostic[] {
  const fi = side('fi', fiText, fiFile);
  const en = side('en', enText, enFile);
  // A file that does not parse has its own diagnostics; nothing to compare yet.
  if (!fi || !en) return [];
  const here = reportIn === 'fi' ? fi : en;
  const there = reportIn === 'fi' ? en : fi;
  const out: Diagnostic[] = [];
  const c = new Comparer(here, there, out);
  const lang = (s: Side) => s.value.language;
  if (lang(here) !== here.lang) {
    const said = `\`language: ${String(lang(here))}\``;
    c.report(
      'translation_value',
      ['language'],
      {
        en: `This file should be in ${name(here.lang)} (\`language: ${here.lang}\`), but says ${said}.`,
        fi: `Tämän tiedoston pitäisi olla ${FI_NAME[here.lang].in} (\`language: ${here.lang}\`), mutta siinä lukee ${said}.`,
      },
      {
        en: `Set \`language: ${here.lang}\`, or check that you opened the right pair of files.`,
        fi: `Kirjoita \`language: ${here.lang}\`, tai tarkista, että avasit oikean tiedostoparin.`,
      },
    );
  }
  c.walk(here.value, there.value, []);
  return sortDiagnostics(out);
}

function side(lang: Lang, text: string, file: string): Side | null {
  const { parsed } = parseYaml(text, file);
  return parsed ? { lang, file, doc: parsed.doc, src: parsed.source, value: parsed.value } : null;
}

const name = (l: Lang) => (l === 'fi' ? 'Finnish' : 'English');
/** "in Finnish", "from the Finnish file", "in the Finnish file". */
const FI_NAME: Record<Lang, { in: string; from: string; at: string }> = {
  fi: { in: 'suomeksi', from: 'suomenkielisestä', at: 'suomenkielisessä' },
  en: { in: 'englanniksi', from: 'englanninkielisestä', at: 'englanninkielisessä' },
};
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

class Comparer {
  constructor(
    private readonly here: Side,
    private readonly there: Side,
    private readonly out: Diagnostic[],
  ) {}

  /** Where `path` is in the other file, as "line N of x.fi.yaml". */
  private elsewhere(path: Path): Both {
    const line = this.there.src.position(nodeAt(this.there.doc, path).range[0]).line;
    return { en: `line ${line} of ${this.there.file}`, fi: `tiedoston ${this.there.file} rivi ${line}` };
  }

  /** `onKey`: mark the key (`posts:`, a condition's name) rather than its whole value. */
  report(code: keyof typeof TRANSLATION_CODES, path: Path, message: Both, hint: Both, onKey = false): void {
    const severity: Severity = TRANSLATION_CODES[code];
    const [start, end] = onKey ? keyAt(this.here.doc, path) : nodeAt(this.here.doc, path).range;
    const from = this.here.src.position(start);
    const to = end > start ? this.here.src.position(end) : { line: from.line, col: from.col + 1 };
    const fi = { message: message.fi, hint: hint.fi };
    this.out.push({
      code,
      severity,
      message: message.en,
      hint: hint.en,
      fi,
      file: this.here.file,
      line: from.line,
      col: from.col,
      endLine: to.line,
      endCol: to.col,
      frame: this.here.src.frame([start, end]),
    });
  }

  walk(a: unknown, b: unknown, path: Path): void {
    const key = String(path[path.length - 1] ?? '');
    if (TEXT_FIELDS.has(key) && !(Array.isArray(a) || Array.isArray(b))) return;
    if (Array.isArray(a) && Array.isArray(b))
      return ID_LISTS.has(key) && path.length === 1 ? this.byId(a, b, path) : this.byIndex(a, b, path);
    if (isObject(a) && isObject(b)) return key === 'conditions' && path.length === 1 ? this.conditions(a, b) : this.fields(a, b, path);
    if (Array.isArray(a) || Array.isArray(b) || isObject(a) || isObject(b))
      return this.report('translation_structure', path, ...SAY.shape(key, this.elsewhere(path)));
    if (key === 'language' && path.length === 1) return; // checked on its own: it must differ
    if (a !== b) this.report('translation_value', path, ...SAY.value(key, show(a), show(b), this.elsewhere(path)));
  }

  private fields(a: Record<string, unknown>, b: Record<string, unknown>, path: Path): void {
    for (const k of Object.keys(a)) {
      if (!(k in b)) this.report('translation_structure', [...path, k], ...SAY.onlyHere(k, TEXT_FIELDS.has(k), this.elsewhere(path)));
      else this.walk(a[k], b[k], [...path, k]);
    }
    for (const k of Object.keys(b))
      if (!(k in a)) this.report('translation_structure', path, ...SAY.onlyThere(k, TEXT_FIELDS.has(k), this.elsewhere([...path, k])));
  }

  private byIndex(a: unknown[], b: unknown[], path: Path): void {
    const key = String(path[path.length - 1]);
    if (a.length !== b.length) this.report('translation_structure', path, ...SAY.count(key, a.length, b.length, this.elsewhere(path)));
    if (TEXT_FIELDS.has(key)) return;
    for (let i = 0; i < Math.min(a.length, b.length); i++) this.walk(a[i], b[i], [...path, i]);
  }

  private byId(a: unknown[], b: unknown[], path: Path): void {
    const what = WHAT[String(path[0])];
    const idOf = (v: unknown) => (isObject(v) && typeof v.id === 'string' ? v.id : null);
    const bIndex = new Map(b.map((v, i) => [idOf(v), i] as const));
    const aIds = a.map(idOf);
    // Order is compared among the ids both files have, so one added item does not shift all the rest.
    const common = (ids: (string | null)[], other: Set<string | null>) => ids.filter((id) => id !== null && other.has(id));
    const aCommon = common(aIds, new Set(bIndex.keys()));
    const bCommon = common(b.map(idOf), new Set(aIds));
    a.forEach((item, i) => {
      const id = aIds[i];
      if (id === null) return; // an item without an id has its own schema diagnostic
      const j = bIndex.get(id);
      if (j === undefined) return this.report('translation_missing_id', [...path, i, 'id'], ...SAY.notThere(what, id, this.there, 'id'));
      if (aCommon.indexOf(id) !== bCommon.indexOf(id))
        this.report('translation_order', [...path, i, 'id'], ...SAY.order(what, id, i, j, this.elsewhere([...path, j])));
      this.walk(item, b[j], [...path, i]);
    });
    const here = new Set(aIds);
    for (const [id, j] of bIndex)
      if (id !== null && !here.has(id))
        this.report('translation_missing_id', path, ...SAY.notHere(what, id, this.there.lang, this.elsewhere([...path, j])), true);
  }

  private conditions(a: Record<string, unknown>, b: Record<string, unknown>): void {
    for (const k of Object.keys(a)) {
      if (!(k in b))
        this.report('translation_missing_id', ['conditions', k], ...SAY.notThere(WHAT.conditions, k, this.there, 'name'), true);
      else this.walk(a[k], b[k], ['conditions', k]);
    }
    for (const k of Object.keys(b))
      if (!(k in a))
        this.report(
          'translation_missing_id',
          ['conditions'],
          ...SAY.notHere(WHAT.conditions, k, this.there.lang, this.elsewhere(['conditions', k])),
          true,
        );
  }
}

type Said = [message: Both, hint: Both];

/** What the comparer says, in English and Finnish: a message and a hint. `where` is the spot in the other file. */
const SAY = {
  shape: (key: string, where: Both): Said => [
    {
      en: `\`${key}\` has a different shape than in the other language (${where.en}).`,
      fi: `\`${key}\` on rakenteeltaan erilainen kuin toisessa kieliversiossa (${where.fi}).`,
    },
    {
      en: 'Make both files the same here: only the human-readable text may differ.',
      fi: 'Tee tästä kohdasta samanlainen molempiin tiedostoihin: vain ihmisille tarkoitettu teksti saa erota.',
    },
  ],
  value: (key: string, a: string, b: string, where: Both): Said => [
    {
      en: `\`${key}\` is \`${a}\` here but \`${b}\` in the other language (${where.en}).`,
      fi: `\`${key}\` on tässä \`${a}\`, mutta toisessa kieliversiossa \`${b}\` (${where.fi}).`,
    },
    {
      en: 'Ids, numbers, durations, levels and conditions must be the same in every language; change one of them so that both agree.',
      fi: 'Tunnisteiden, lukujen, kestojen, tasojen ja ehtojen pitää olla samat kaikissa kieliversioissa; muuta toista niin, että ne täsmäävät.',
    },
  ],
  onlyHere: (key: string, text: boolean, where: Both): Said => [
    {
      en: `\`${key}\` is here but not in the other language (${where.en}).`,
      fi: `\`${key}\` on tässä, mutta ei toisessa kieliversiossa (${where.fi}).`,
    },
    text
      ? {
          en: 'Translate it into the other file too, or remove it from this one.',
          fi: 'Käännä se myös toiseen tiedostoon tai poista se tästä.',
        }
      : {
          en: 'Add the same field to the other file, or remove it from this one.',
          fi: 'Lisää sama kenttä toiseen tiedostoon tai poista se tästä.',
        },
  ],
  onlyThere: (key: string, text: boolean, where: Both): Said => [
    {
      en: `\`${key}\` is missing here but present in the other language (${where.en}).`,
      fi: `\`${key}\` puuttuu tästä, mutta toisessa kieliversiossa se on (${where.fi}).`,
    },
    text
      ? { en: 'Translate it here as well.', fi: 'Käännä se myös tähän.' }
      : { en: 'Add the same field here.', fi: 'Lisää sama kenttä tähän.' },
  ],
  count: (key: string, a: number, b: number, where: Both): Said => [
    {
      en: `\`${key}\` has ${a} item${a === 1 ? '' : 's'} here but ${b} in the other language (${where.en}).`,
      fi: `Kentässä \`${key}\` on tässä ${a} ${a === 1 ? 'kohta' : 'kohtaa'}, mutta toisessa kieliversiossa ${b} (${where.fi}).`,
    },
    {
      en: 'Keep the same items in both languages, in the same order.',
      fi: 'Pidä molemmissa kieliversioissa samat kohdat samassa järjestyksessä.',
    },
  ],
  notThere: (what: Both, id: string, there: Side, by: 'id' | 'name'): Said => [
    {
      en: `${what.en} \`${id}\` is not in the ${name(there.lang)} file (${there.file}).`,
      fi: `${what.fi} \`${id}\` puuttuu ${FI_NAME[there.lang].from} tiedostosta (${there.file}).`,
    },
    {
      en: `Add \`${id}\` to the other file too, or rename it here to the ${by} used there.`,
      fi: `Lisää \`${id}\` myös toiseen tiedostoon, tai anna sille tässä sama ${by === 'id' ? 'tunniste' : 'nimi'} kuin siellä.`,
    },
  ],
  notHere: (what: Both, id: string, there: Lang, where: Both): Said => [
    {
      en: `${what.en} \`${id}\` is missing here; the ${name(there)} file has it (${where.en}).`,
      fi: `${what.fi} \`${id}\` puuttuu tästä, mutta ${FI_NAME[there].at} tiedostossa se on (${where.fi}).`,
    },
    {
      en: `Add \`${id}\` here too, or remove it from the other file.`,
      fi: `Lisää \`${id}\` myös tähän tai poista se toisesta tiedostosta.`,
    },
  ],
  order: (what: Both, id: string, i: number, j: number, where: Both): Said => [
    {
      en: `${what.en} \`${id}\` is item ${i + 1} here but item ${j + 1} in the other language (${where.en}).`,
      fi: `${what.fi} \`${id}\` on tässä ${i + 1}. kohta, mutta toisessa kieliversiossa ${j + 1}. kohta (${where.fi}).`,
    },
    {
      en: 'Keep the same order in both files: the first phase is the default start, and the first channel is shown first.',
      fi: 'Pidä järjestys samana molemmissa tiedostoissa: ensimmäinen vaihe on oletusalku, ja ensimmäinen kanava näytetään ensimmäisenä.',
    },
  ],
};
