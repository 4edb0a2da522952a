// Do the Finnish and English files of a scenario tell the same crisis? Only
// human-readable text may differ: every id, number, duration, level,
// condition and list must match, or one language's drill plays differently
// from the other's. Reported like any other diagnostic, all positioned in
// one of the two files (the one being edited or, by default, the English).
import type { Document } from 'yaml';
import { keyAt, nodeAt, parseYaml, parsedOf, type Path } from './1-parse/index.ts';
import type { Source } from './1-parse/source.ts';
import type { Diagnostic, Severity } from './diagnostics.ts';
import { sortDiagnostics } from './diagnostics.ts';

/** Fields whose values are text for people: these may (and should) differ between languages. */
const TEXT_FIELDS = new Set([
  'title', 'summary', 'role', 'company', 'objectives', 'name', 'handle', 'text', 'label',
  'reference_answer', 'description', 'facilitator_notes', 'debrief_prompts', 'note', 'subject',
]);
/** Lists of things with ids, matched by id rather than by position. */
const ID_LISTS = new Set(['channels', 'personas', 'posts', 'phases']);
const WHAT: Record<string, string> = { channels: 'Channel', personas: 'Persona', posts: 'Post', phases: 'Phase', conditions: 'Condition' };

type Lang = 'fi' | 'en';
interface Side {
  lang: Lang;
  file: string;
  doc: Document.Parsed;
  src: Source;
}

export const TRANSLATION_CODES = { translation_missing_id: 'error', translation_structure: 'error', translation_value: 'error', translation_order: 'warning' } as const;

export function compareTranslations(fiText: string, fiFile: string, enText: string, enFile: string, reportIn: Lang = 'en'): Diagnostic[] {
  const fi = side('fi', fiText, fiFile);
  const en = side('en', enText, enFile);
  // A file that does not parse has its own diagnostics; nothing to compare yet.
  if (!fi || !en) return [];
  const here = reportIn === 'fi' ? fi : en;
  const there = reportIn === 'fi' ? en : fi;
  const out: Diagnostic[] = [];
  const c = new Comparer(here, there, out);
  const lang = (s: Side) => parsedOf(s.doc)!.value.language;
  if (lang(here) !== here.lang)
    c.report('translation_value', ['language'], `This file should be in ${name(here.lang)} (\`language: ${here.lang}\`), but says \`language: ${String(lang(here))}\`.`, `Set \`language: ${here.lang}\`, or check that you opened the right pair of files.`);
  c.walk(parsedOf(here.doc)!.value, parsedOf(there.doc)!.value, []);
  return sortDiagnostics(out);
}

function side(lang: Lang, text: string, file: string): Side | null {
  const { doc } = parseYaml(text, file);
  const parsed = doc && parsedOf(doc);
  return doc && parsed ? { lang, file, doc, src: parsed.source } : null;
}

const name = (l: Lang) => (l === 'fi' ? 'Finnish' : 'English');
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

class Comparer {
  constructor(
    private readonly here: Side,
    private readonly there: Side,
    private readonly out: Diagnostic[],
  ) {}

  /** Where `path` is in the other file, as "line N of x.fi.yaml". */
  private elsewhere(path: Path): string {
    const at = nodeAt(this.there.doc, path);
    return `line ${this.there.src.position(at.range[0]).line} of ${this.there.file}`;
  }

  /** `onKey`: mark the key (`posts:`, a condition's name) rather than its whole value. */
  report(code: keyof typeof TRANSLATION_CODES, path: Path, message: string, hint: string, onKey = false): void {
    const severity: Severity = TRANSLATION_CODES[code];
    const [start, end] = onKey ? keyAt(this.here.doc, path) : nodeAt(this.here.doc, path).range;
    const from = this.here.src.position(start);
    const to = end > start ? this.here.src.position(end) : { line: from.line, col: from.col + 1 };
    this.out.push({ code, severity, message, hint, file: this.here.file, line: from.line, col: from.col, endLine: to.line, endCol: to.col, frame: this.here.src.frame([start, end]) });
  }

  walk(a: unknown, b: unknown, path: Path): void {
    const key = String(path[path.length - 1] ?? '');
    if (TEXT_FIELDS.has(key) && !(Array.isArray(a) || Array.isArray(b))) return;
    if (Array.isArray(a) && Array.isArray(b)) return ID_LISTS.has(key) && path.length === 1 ? this.byId(a, b, path) : this.byIndex(a, b, path);
    if (isObject(a) && isObject(b)) return key === 'conditions' && path.length === 1 ? this.conditions(a, b) : this.fields(a, b, path);
    if (Array.isArray(a) || Array.isArray(b) || isObject(a) || isObject(b)) {
      this.report('translation_structure', path, `\`${key}\` has a different shape than in the other language (${this.elsewhere(path)}).`, 'Make both files the same here: only the human-readable text may differ.');
      return;
    }
    if (key === 'language' && path.length === 1) return; // checked on its own: it must differ
    if (a !== b)
      this.report('translation_value', path, `\`${key}\` is \`${show(a)}\` here but \`${show(b)}\` in the other language (${this.elsewhere(path)}).`, 'Ids, numbers, durations, levels and conditions must be the same in every language; change one of them so that both agree.');
  }

  private fields(a: Record<string, unknown>, b: Record<string, unknown>, path: Path): void {
    for (const k of Object.keys(a)) {
      if (!(k in b)) this.report('translation_structure', [...path, k], `\`${k}\` is here but not in the other language (${this.elsewhere(path)}).`, TEXT_FIELDS.has(k) ? 'Translate it into the other file too, or remove it from this one.' : 'Add the same field to the other file, or remove it from this one.');
      else this.walk(a[k], b[k], [...path, k]);
    }
    for (const k of Object.keys(b))
      if (!(k in a)) this.report('translation_structure', path, `\`${k}\` is missing here but present in the other language (${this.elsewhere([...path, k])}).`, TEXT_FIELDS.has(k) ? 'Translate it here as well.' : 'Add the same field here.');
  }

  private byIndex(a: unknown[], b: unknown[], path: Path): void {
    const key = String(path[path.length - 1]);
    if (a.length !== b.length)
      this.report('translation_structure', path, `\`${key}\` has ${a.length} item${a.length === 1 ? '' : 's'} here but ${b.length} in the other language (${this.elsewhere(path)}).`, 'Keep the same items in both languages, in the same order.');
    if (TEXT_FIELDS.has(key)) return;
    for (let i = 0; i < Math.min(a.length, b.length); i++) this.walk(a[i], b[i], [...path, i]);
  }

  private byId(a: unknown[], b: unknown[], path: Path): void {
    const key = String(path[0]);
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
      if (j === undefined) {
        this.report('translation_missing_id', [...path, i, 'id'], `${WHAT[key]} \`${id}\` is not in the ${name(this.there.lang)} file (${this.there.file}).`, `Add \`${id}\` to the other file too, or rename it here to the id used there.`);
        return;
      }
      if (aCommon.indexOf(id) !== bCommon.indexOf(id))
        this.report('translation_order', [...path, i, 'id'], `${WHAT[key]} \`${id}\` is item ${i + 1} here but item ${j + 1} in the other language (${this.elsewhere([...path, j])}).`, 'Keep the same order in both files: the first phase is the default start, and the first channel is shown first.');
      this.walk(item, b[j], [...path, i]);
    });
    const here = new Set(aIds);
    for (const [id, j] of bIndex)
      if (id !== null && !here.has(id))
        this.report('translation_missing_id', path, `${WHAT[key]} \`${id}\` is missing here; the ${name(this.there.lang)} file has it (${this.elsewhere([...path, j])}).`, `Add \`${id}\` here too, or remove it from the other file.`, true);
  }

  private conditions(a: Record<string, unknown>, b: Record<string, unknown>): void {
    for (const k of Object.keys(a)) {
      if (!(k in b)) this.report('translation_missing_id', ['conditions', k], `Condition \`${k}\` is not in the ${name(this.there.lang)} file (${this.there.file}).`, `Add \`${k}\` to the other file too, or rename it here to the name used there.`, true);
      else this.walk(a[k], b[k], ['conditions', k]);
    }
    for (const k of Object.keys(b))
      if (!(k in a)) this.report('translation_missing_id', ['conditions'], `Condition \`${k}\` is missing here; the ${name(this.there.lang)} file has it (${this.elsewhere(['conditions', k])}).`, `Add \`${k}\` here too, or remove it from the other file.`, true);
  }
}
