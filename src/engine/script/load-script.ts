// Play scripts: YAML lists of timed actions, for `kohu play`, the expert's
// reference run and the studio's playtests. Every problem becomes a
// diagnostic at its YAML position — all at once, like a scenario's.
import { isMap, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import { parseYaml } from '../scenario/1-parse/parse.ts';
import { rangeOf } from '../scenario/1-parse/node-at.ts';
import { Source } from '../scenario/1-parse/source.ts';
import type { Diagnostic } from '../scenario/diagnostics.ts';
import type { ScenarioModel } from '../model.ts';
import type { Action } from '../run/actions.ts';
import { parseDuration } from '../duration.ts';
import { scriptDiagnostic, type ScriptCode } from './diagnostics.ts';
import { latestTime, MAX_LOG_ACTIONS } from '../limits.ts';

export interface Script {
  seed?: number;
  actions: Action[];
  /** Where each action came from, for mapping run-time refusals back to lines. */
  nodes: Node[];
  source: Source;
}

const TYPES = ['reply', 'follow_up', 'delete', 'hide', 'escalate', 'statement', 'mark_read', 'end'];

export function loadScript(text: string, file: string, model: ScenarioModel): { script: Script | null; diagnostics: Diagnostic[] } {
  // A script is not a scenario, but the same gates (empty, binary, size,
  // syntax, depth, aliases) apply. A bare top-level list is allowed too.
  const src = new Source(file, text);
  const parsed = parseYaml(text, file);
  let root: YAMLMap | null = null;
  let bareList: Node | null = null;
  if (parsed.doc) root = parsed.doc.contents as YAMLMap;
  else if (parsed.diagnostics.length === 1 && parsed.diagnostics[0].code === 'scenario_not_mapping') {
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
    if (isSeq(doc.contents)) bareList = doc.contents as Node;
  }
  if (!root && !bareList) return { script: null, diagnostics: parsed.diagnostics };
  const diagnostics: Diagnostic[] = [];
  const err: Err = (node, code, en, fi) => diagnostics.push(scriptDiagnostic(src, rangeOf(node ?? null), code, { en, fi }));
  if (bareList) return readList(bareList, undefined, model, diagnostics, err, src);
  root = root!;

  const seedNode = root.get('seed', true) as Node | undefined;
  const seedValue = root.get('seed');
  let seed: number | undefined;
  if (seedValue !== undefined) {
    if (typeof seedValue === 'number' && Number.isInteger(seedValue)) seed = seedValue;
    else
      err(
        seedNode,
        'script_seed_invalid',
        `The seed must be a whole number, not ${JSON.stringify(seedValue)}.`,
        `Siemenluvun pitää olla kokonaisluku, ei ${JSON.stringify(seedValue)}.`,
      );
  }
  const list = root.get('actions', true) as Node | undefined;
  if (!isSeq(list)) {
    if (list === undefined || (list as { value?: unknown }).value === null)
      return { script: { seed, actions: [], nodes: [], source: src }, diagnostics };
    err(list ?? root, 'script_not_list', 'The script has no list of actions.', 'Käsikirjoituksessa ei ole toimintojen listaa.');
    return { script: null, diagnostics };
  }
  return readList(list, seed, model, diagnostics, err, src);
}

function readList(
  list: Node,
  seed: number | undefined,
  model: ScenarioModel,
  diagnostics: Diagnostic[],
  err: Err,
  src: Source,
): { script: Script | null; diagnostics: Diagnostic[] } {
  if (!isSeq(list)) return { script: null, diagnostics };
  if (list.items.length > MAX_LOG_ACTIONS) {
    const count = list.items.length;
    err(
      list,
      'script_too_many_actions',
      `The script holds ${count} actions; at most ${MAX_LOG_ACTIONS} are allowed.`,
      `Käsikirjoituksessa on ${count} toimintoa; enintään ${MAX_LOG_ACTIONS} on sallittu.`,
    );
    return { script: null, diagnostics };
  }
  const latest = latestTime(model.durationMs);
  const posts = new Set([...model.posts.map((p) => p.id)]);
  const actions: Action[] = [];
  const nodes: Node[] = [];
  let lastAt = 0;
  for (const item of list.items as Node[]) {
    if (!isMap(item)) {
      err(item, 'script_action_not_mapping', 'This action is not a mapping of fields.', 'Tätä toimintoa ei ole kirjoitettu kenttinä.');
      continue;
    }
    // Order is checked on every readable time, even of an action that is wrong otherwise.
    const at = parseDuration(item.get('at') as string | number);
    if (at !== null && at < lastAt) {
      err(
        item.get('at', true) as Node,
        'script_time_backwards',
        `This action is at ${fmt(at)}, before the previous one at ${fmt(lastAt)}.`,
        `Tämän toiminnon aika on ${fmt(at)}, eli ennen edellistä toimintoa (${fmt(lastAt)}).`,
      );
      continue;
    }
    if (at !== null && at > latest) {
      err(
        item.get('at', true) as Node,
        'script_time_out_of_range',
        `This action is at ${fmt(at)}, after the scenario ends (${fmt(model.durationMs)}).`,
        `Tämän toiminnon aika on ${fmt(at)}, eli skenaarion päättymisen (${fmt(model.durationMs)}) jälkeen.`,
      );
      continue;
    }
    if (at !== null) lastAt = at;
    const action = readAction(item, posts, err);
    if (!action) continue;
    actions.push(action);
    nodes.push(item);
  }
  return { script: diagnostics.some((d) => d.severity === 'error') ? null : { seed, actions, nodes, source: src }, diagnostics };
}

/** Report a problem at a node, in English and Finnish. */
type Err = (node: Node | null | undefined, code: ScriptCode, en: string, fi: string) => void;

function readAction(item: YAMLMap, posts: Set<string>, err: Err): Action | null {
  const node = (key: string) => item.get(key, true) as Node | undefined;
  const value = (key: string) => item.get(key) as unknown;
  const atValue = value('at');
  if (atValue === undefined)
    return (err(item, 'script_time_missing', 'This action has no time (`at:`).', 'Tällä toiminnolla ei ole aikaa (`at:`).'), null);
  const at = parseDuration(atValue as string | number);
  if (at === null)
    return (
      err(node('at'), 'script_time_invalid', `\`${String(atValue)}\` is not a duration.`, `\`${String(atValue)}\` ei ole kesto.`),
      null
    );
  const type = value('type');
  if (typeof type !== 'string' || !TYPES.includes(type))
    return type === undefined
      ? (err(node('type') ?? item, 'script_type_unknown', 'This action has no `type:`.', 'Tältä toiminnolta puuttuu `type:`.'), null)
      : (err(
          node('type') ?? item,
          'script_type_unknown',
          `Unknown action type \`${String(type)}\`.`,
          `Tuntematon toimintotyyppi \`${String(type)}\`.`,
        ),
        null);
  const need = (key: string): string | null => {
    const v = value(key);
    if (typeof v === 'string' && v.trim()) return v;
    if (typeof v === 'number') return String(v);
    err(
      node(key) ?? item,
      'script_field_missing',
      `A ${type} action needs \`${key}:\`.`,
      `Toiminto \`${type}\` tarvitsee kentän \`${key}:\`.`,
    );
    return null;
  };
  const post = (): string | null => {
    const p = need('post');
    if (p !== null && !posts.has(p))
      return (
        err(node('post'), 'script_post_unknown', `The scenario has no post \`${p}\`.`, `Skenaariossa ei ole viestiä \`${p}\`.`),
        null
      );
    return p;
  };
  const visibility = (): 'public' | 'private' | null => {
    const v = value('visibility') ?? 'public';
    if (v === 'public' || v === 'private') return v;
    return (
      err(
        node('visibility'),
        'script_visibility_invalid',
        `Visibility \`${String(v)}\` is neither public nor private.`,
        `Näkyvyys \`${String(v)}\` ei ole public eikä private.`,
      ),
      null
    );
  };
  switch (type) {
    case 'reply':
    case 'follow_up': {
      const p = post();
      const text = need('text');
      const vis = visibility();
      return p && text && vis ? { type, at, post: p, text, visibility: vis } : null;
    }
    case 'delete':
    case 'hide':
    case 'mark_read': {
      const p = post();
      return p ? { type, at, post: p } : null;
    }
    case 'escalate': {
      const level = value('level');
      if (level !== 0 && level !== 1 && level !== 2 && level !== 3)
        return (
          err(
            node('level') ?? item,
            'script_level_invalid',
            `Escalation level \`${String(level)}\` is not 0–3.`,
            `Eskalointitaso \`${String(level)}\` ei ole väliltä 0–3.`,
          ),
          null
        );
      const note = value('note');
      return { type, at, level, note: typeof note === 'string' ? note : '' };
    }
    case 'statement': {
      const text = need('text');
      const signed = value('signed_by');
      const channel = value('channel');
      return text
        ? { type, at, text, ...(typeof signed === 'string' && { signedBy: signed }), ...(typeof channel === 'string' && { channel }) }
        : null;
    }
    default:
      return { type: 'end', at };
  }
}

const fmt = (ms: number) => `${Math.floor(ms / 60000)}m${ms % 60000 ? ` ${Math.round((ms % 60000) / 1000)}s` : ''}`;
