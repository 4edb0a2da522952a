// The schema rule: run the zod schema (the language's single source of
// truth) and turn every issue into a diagnostic at its YAML node, in the
// trainer's words. Missing fields of one mapping become one diagnostic, and
// a misspelt field does not also count as a missing one.
import type { core } from 'zod';
import * as d from '../diagnostics.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { Offsets, Path } from '../1-parse/index.ts';
import { FORMAT_VERSION, Scenario, type ScenarioDoc } from '../schema.ts';
import type { Context } from './context.ts';
import { closest } from './did-you-mean.ts';
import { unionBranch } from './unions.ts';
import { isObj } from './view.ts';
import { aboutOf, describeValue, fieldName, idSuggestion, place, shortValue, typeHint, valueAt } from './words.ts';
import { allowedKeys, expectedWords, isDuration, numberBounds, schemaAt } from './zod-walk.ts';

type Issue = core.$ZodIssue;

export function checkSchema(ctx: Context): { diagnostics: Diagnostic[]; broken: Path[]; data: ScenarioDoc | null } {
  const result = Scenario.safeParse(ctx.raw);
  if (result.success) return { diagnostics: [], broken: [], data: result.data };
  // A newer format may be a different language: say only that (ink does the same).
  const kohu = ctx.raw.kohu;
  if (typeof kohu === 'number' && kohu !== FORMAT_VERSION) {
    const found = { en: String(kohu), fi: String(kohu) };
    return { diagnostics: [d.schema_format_version(ctx.src, ctx.at(['kohu']), { found, isNumber: true })], broken: [['kohu']], data: null };
  }
  const mapper = new IssueMapper(ctx);
  mapper.map(result.error.issues, []);
  return { ...mapper.finish(), data: null };
}

class IssueMapper {
  private readonly out: Diagnostic[] = [];
  private readonly marked = new Set<string>();
  private readonly missing = new Map<string, { path: Path; fields: string[] }>();
  private readonly guessed = new Set<string>(); // "parent|field" a did-you-mean already offers
  readonly broken: Path[] = [];

  constructor(private readonly ctx: Context) {}

  map(issues: readonly Issue[], base: Path): void {
    for (const issue of issues) {
      const path = [...base, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
      this.broken.push(path);
      if (issue.code === 'invalid_union') this.union(issue, path);
      else if (issue.code === 'unrecognized_keys') issue.keys.forEach((key) => this.unknownKey(path, key));
      else if (issue.code === 'invalid_key') this.badKey(path);
      else this.leaf(issue, path);
    }
  }

  finish(): { diagnostics: Diagnostic[]; broken: Path[] } {
    for (const [parentKey, { path, fields }] of this.missing) {
      const left = fields.filter((f) => !this.guessed.has(`${parentKey}|${f}`));
      if (left.length === 0) continue;
      const about = left.length === 1 ? aboutOf(schemaAt([...path, left[0]])) : { en: '', fi: '' };
      const where = place(this.ctx.raw, path);
      this.add(this.ctx.at([...path, left[0]]), (src, at) => d.schema_missing_field(src, at, { where, fields: left, about }));
    }
    return { diagnostics: this.out, broken: this.broken };
  }

  private add(at: Offsets, make: (src: Context['src'], at: Offsets) => Diagnostic): void {
    const key = `${at[0]}:${at[1]}`; // at most one diagnostic per node
    if (this.marked.has(key)) return;
    this.marked.add(key);
    this.out.push(make(this.ctx.src, at));
  }

  private union(issue: Extract<Issue, { code: 'invalid_union' }>, path: Path): void {
    const choice = unionBranch(issue.errors, path, valueAt(this.ctx.raw, path));
    if (choice.kind === 'branch') return this.map(choice.issues, path);
    if (choice.kind === 'condition') {
      const { problem, suggestion, kinds, key } = choice;
      return this.add(key === undefined ? this.ctx.at(path) : this.ctx.keyAt([...path, key]), (src, at) =>
        d.condition_invalid(src, at, { problem, suggestion, kinds }),
      );
    }
    this.wrongType(path, valueAt(this.ctx.raw, path));
  }

  private unknownKey(path: Path, key: string): void {
    const allowed = allowedKeys(schemaAt(path));
    const parentValue = valueAt(this.ctx.raw, path);
    const absent = allowed.filter((k) => isObj(parentValue) && !(k in parentValue));
    const suggestion = closest(key, absent) ?? closest(key, allowed);
    if (suggestion !== undefined) this.guessed.add(`${JSON.stringify(path)}|${suggestion}`);
    const where = place(this.ctx.raw, path);
    this.add(this.ctx.keyAt([...path, key]), (src, at) => d.schema_unknown_field(src, at, { field: key, where, suggestion, allowed }));
  }

  private badKey(path: Path): void {
    const value = String(path[path.length - 1]);
    this.add(this.ctx.keyAt(path), (src, at) => d.id_invalid(src, at, { value, suggestion: idSuggestion(value) }));
  }

  private leaf(issue: Issue, path: Path): void {
    const value = valueAt(this.ctx.raw, path);
    const schema = schemaAt(path);
    const field = fieldName(path);
    const at = this.ctx.at(path);
    if (path.length === 1 && path[0] === 'kohu') {
      const found = value === undefined ? undefined : describeValue(value);
      return this.add(value === undefined ? this.ctx.at([]) : at, (src, a) => d.schema_format_version(src, a, { found, isNumber: false }));
    }
    if (value === undefined && isObj(valueAt(this.ctx.raw, path.slice(0, -1)))) return this.missingField(path);
    if (value === null) return this.add(at, (src, a) => d.schema_empty(src, a, { field, kind: 'value' }));
    switch (issue.code) {
      case 'invalid_type':
        if (isDuration(schema) && typeof value === 'number')
          return this.add(at, (src, a) => d.duration_invalid(src, a, { value: String(value), isNumber: true }));
        return this.wrongType(path, value);
      case 'invalid_value': {
        const allowed = issue.values.map(String);
        const suggestion = closest(String(value), allowed);
        const about = aboutOf(schema);
        return this.add(at, (src, a) => d.schema_bad_value(src, a, { field, value: shortValue(value), allowed, suggestion, about }));
      }
      case 'invalid_format':
        if (isDuration(schema)) return this.add(at, (src, a) => d.duration_invalid(src, a, { value: shortValue(value), isNumber: false }));
        return this.add(at, (src, a) => d.id_invalid(src, a, { value: shortValue(value), suggestion: idSuggestion(String(value)) }));
      case 'too_small':
      case 'too_big': {
        if (issue.origin === 'string' || (issue.origin === 'array' && issue.code === 'too_small' && Number(issue.minimum) <= 1)) {
          return this.add(at, (src, a) => d.schema_empty(src, a, { field, kind: issue.origin === 'array' ? 'list' : 'text' }));
        }
        const bounds = numberBounds(schema);
        const min = bounds.min ?? (issue.code === 'too_small' ? Number(issue.minimum) : undefined);
        const max = bounds.max ?? (issue.code === 'too_big' ? Number(issue.maximum) : undefined);
        return this.add(at, (src, a) =>
          d.schema_out_of_range(src, a, { field, value: shortValue(value), min, max, about: aboutOf(schema) }),
        );
      }
      default: {
        // zod's own words are English; the Finnish says what the field is for.
        const about = aboutOf(schema);
        return this.add(at, (src, a) =>
          d.schema_bad_value(src, a, {
            field,
            value: shortValue(value),
            allowed: [],
            about: { en: `${issue.message}. ${about.en}`.trim(), fi: about.fi || `Arvo ei kelpaa tähän (${issue.message}).` },
          }),
        );
      }
    }
  }

  private missingField(path: Path): void {
    const parent = path.slice(0, -1);
    const key = JSON.stringify(parent);
    const entry = this.missing.get(key) ?? { path: parent, fields: [] };
    entry.fields.push(String(path[path.length - 1]));
    this.missing.set(key, entry);
  }

  private wrongType(path: Path, value: unknown): void {
    const schema = schemaAt(path);
    const field = fieldName(path);
    const expected = expectedWords(schema);
    this.add(this.ctx.at(path), (src, a) =>
      d.schema_wrong_type(src, a, { field, expected, got: describeValue(value), hint: typeHint(schema, value) }),
    );
  }
}
