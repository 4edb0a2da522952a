// Turning paths and values into words a trainer recognises: "phase `spark`"
// rather than `phases[3]`, "the text "lots"" rather than `string`.
import type { Path } from '../1-parse/index.ts';
import { isObj } from './view.ts';
import type { Schema } from './zod-walk.ts';
import { descriptionOf, unwrap } from './zod-walk.ts';

const ITEM_WORDS: Record<string, string> = {
  channels: 'channel',
  personas: 'persona',
  posts: 'post',
  phases: 'phase',
  transitions: 'transition',
  replies: 'reply',
  quick_replies: 'quick reply',
  objectives: 'objective',
  debrief_prompts: 'debrief prompt',
  all: 'condition',
  any: 'condition',
};

export function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const segment of path) {
    if (Array.isArray(v)) v = v[Number(segment)];
    else if (isObj(v)) v = Object.hasOwn(v, segment) ? v[segment] : undefined;
    else return undefined;
  }
  return v;
}

/** "phase `spark`", "transition 2 of phase `spark`", "`virality` of phase `spark`", "the scenario". */
export function where(root: unknown, path: Path): string {
  if (path.length === 0) return 'the scenario';
  const last = path[path.length - 1];
  const parent = path.slice(0, -1);
  const owner = parent.length > 0 ? ` of ${where(root, parent)}` : '';
  if (typeof last === 'number') {
    const listKey = String(parent[parent.length - 1] ?? '');
    // A phase's `posts:` lists posts by id; call those listings, not posts.
    const word = listKey === 'posts' && parent.length > 1 ? 'post listing' : (ITEM_WORDS[listKey] ?? 'item');
    const id = valueAt(root, [...path, 'id']);
    if (typeof id === 'string' && id !== '') return `${word} \`${id}\``;
    const grand = parent.slice(0, -1);
    return `${word} ${last + 1}${grand.length > 0 ? ` of ${where(root, grand)}` : ''}`;
  }
  if (parent.length === 1 && parent[0] === 'conditions') return `condition \`${last}\``;
  return `\`${last}\`${owner}`;
}

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The field a value belongs to, for messages: the last key, or the list it is an item of. */
export function fieldName(path: Path): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i]);
  return 'value';
}

export function describeValue(v: unknown): string {
  if (v === null || v === undefined) return 'empty';
  if (typeof v === 'string') return `the text "${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return 'a list';
  return 'a group of fields';
}

export const shortValue = (v: unknown) => (typeof v === 'string' && v.length > 40 ? `${v.slice(0, 40)}…` : String(v));

/** What to type instead when a value has the wrong type. */
export function typeHint(schema: Schema | undefined, got: unknown): string {
  const type = schema ? unwrap(schema)._zod.def.type : '';
  const about = descriptionOf(schema);
  const hint = ((): string => {
    switch (type) {
      case 'boolean':
        return 'Write `true` or `false`, without quotes (yes/no and on/off are read as text).';
      case 'number':
        return 'Write a plain number such as 800, without units, spaces or quotes.';
      case 'string':
        if (isObj(got)) return 'A text that contains `: ` must be in quotes: "like: this".';
        if (Array.isArray(got)) return 'A text that starts with `[` or `- ` must be in quotes.';
        return 'Put it in quotes, like "…", so that it is read as text.';
      case 'array':
        return 'Write a list: one item per line, each starting with `- `, or `[a, b]` on one line.';
      case 'object':
      case 'record':
        return 'Write its fields on the following lines, indented by two spaces, as `name: value`.';
      default:
        return '';
    }
  })();
  return [hint, about].filter(Boolean).join(' ');
}

/** A valid id close to what was written: `Maija Virtanen` → `Maija-Virtanen`. */
export function idSuggestion(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s.]+/g, '-')
    .replace(/[^A-Za-z0-9_-]/g, '')
    .replace(/^[^A-Za-z]+/, '');
  return slug || 'my-id';
}
