// Turning paths and values into words a trainer recognises: "phase `spark`"
// rather than `phases[3]`, "the text "lots"" rather than `string` — in
// English and Finnish, since every diagnostic carries both.
import type { Path } from '../1-parse/index.ts';
import type { Both, Place } from '../diagnostic-params.ts';
import { descriptionFi } from '../schema-fi.ts';
import { isObj } from './view.ts';
import type { Schema } from './zod-walk.ts';
import { descriptionOf, unwrap } from './zod-walk.ts';

/** A Finnish noun in the cases `where` needs: as the subject, an owner, "from" and "in" (for a person -ltä and -llä). */
type Forms = { nom: string; gen: string; ela: string; ine: string };
type Case = keyof Forms;
const forms = (nom: string, gen: string, ela: string, ine: string): Forms => ({ nom, gen, ela, ine });

/** What an item of each list is called; `prefix` goes before the item's number ("viestilistan 2. kohta"). */
type ItemWord = { en: string; fi: Forms; prefix?: string };
const ITEM_WORDS: Record<string, ItemWord> = {
  channels: { en: 'channel', fi: forms('kanava', 'kanavan', 'kanavasta', 'kanavassa') },
  personas: { en: 'persona', fi: forms('henkilö', 'henkilön', 'henkilöltä', 'henkilöllä') },
  posts: { en: 'post', fi: forms('viesti', 'viestin', 'viestistä', 'viestissä') },
  phases: { en: 'phase', fi: forms('vaihe', 'vaiheen', 'vaiheesta', 'vaiheessa') },
  transitions: { en: 'transition', fi: forms('siirtymä', 'siirtymän', 'siirtymästä', 'siirtymässä') },
  replies: { en: 'reply', fi: forms('vastaus', 'vastauksen', 'vastauksesta', 'vastauksessa') },
  quick_replies: {
    en: 'quick reply',
    fi: forms('valmis vastaus', 'valmiin vastauksen', 'valmiista vastauksesta', 'valmiissa vastauksessa'),
  },
  objectives: { en: 'objective', fi: forms('tavoite', 'tavoitteen', 'tavoitteesta', 'tavoitteessa') },
  debrief_prompts: { en: 'debrief prompt', fi: forms('purkukysymys', 'purkukysymyksen', 'purkukysymyksestä', 'purkukysymyksessä') },
  all: { en: 'condition', fi: forms('ehto', 'ehdon', 'ehdosta', 'ehdossa') },
  any: { en: 'condition', fi: forms('ehto', 'ehdon', 'ehdosta', 'ehdossa') },
};
/** A phase's `posts:` lists posts by id; those are listings, not posts. */
const LISTING: ItemWord = { en: 'post listing', fi: forms('kohta', 'kohdan', 'kohdasta', 'kohdassa'), prefix: 'viestilistan ' };
const ITEM: ItemWord = { en: 'item', fi: forms('kohta', 'kohdan', 'kohdasta', 'kohdassa') };
const FI_SCENARIO = forms('skenaario', 'skenaarion', 'skenaariosta', 'skenaariossa');
const FI_CONDITION = ITEM_WORDS.all.fi;
const FI_FIELD = forms('kenttä', 'kentän', 'kentästä', 'kentässä');

export function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const segment of path) {
    if (Array.isArray(v)) v = v[Number(segment)];
    else if (isObj(v)) v = Object.hasOwn(v, segment) ? v[segment] : undefined;
    else return undefined;
  }
  return v;
}

function itemWord(path: Path): ItemWord {
  const parent = path.slice(0, -1);
  const listKey = String(parent[parent.length - 1] ?? '');
  return listKey === 'posts' && parent.length > 1 ? LISTING : (ITEM_WORDS[listKey] ?? ITEM);
}

/** "phase `spark`", "transition 2 of phase `spark`", "`virality` of phase `spark`", "the scenario". */
export function where(root: unknown, path: Path): string {
  if (path.length === 0) return 'the scenario';
  const last = path[path.length - 1];
  const parent = path.slice(0, -1);
  const owner = parent.length > 0 ? ` of ${where(root, parent)}` : '';
  if (typeof last === 'number') {
    const word = itemWord(path).en;
    const id = valueAt(root, [...path, 'id']);
    if (typeof id === 'string' && id !== '') return `${word} \`${id}\``;
    const grand = parent.slice(0, -1);
    return `${word} ${last + 1}${grand.length > 0 ? ` of ${where(root, grand)}` : ''}`;
  }
  if (parent.length === 1 && parent[0] === 'conditions') return `condition \`${last}\``;
  return `\`${last}\`${owner}`;
}

/** The same in Finnish, in a case: "vaihe `spark`", "vaiheen `spark` 2. siirtymästä", "vaiheen `spark` `virality`-kentässä". */
export function whereFi(root: unknown, path: Path, c: Case): string {
  if (path.length === 0) return FI_SCENARIO[c];
  const last = path[path.length - 1];
  const parent = path.slice(0, -1);
  const owner = (p: Path) => (p.length > 0 ? `${whereFi(root, p, 'gen')} ` : '');
  if (typeof last === 'number') {
    const word = itemWord(path);
    const id = valueAt(root, [...path, 'id']);
    if (typeof id === 'string' && id !== '') return `${word.fi[c]} \`${id}\``;
    return `${owner(parent.slice(0, -1))}${word.prefix ?? ''}${last + 1}. ${word.fi[c]}`;
  }
  if (parent.length === 1 && parent[0] === 'conditions') return `${FI_CONDITION[c]} \`${last}\``;
  return `${owner(parent)}\`${last}\`-${FI_FIELD[c]}`;
}

/** Where a path is, for the start of a message in either language. */
export function place(root: unknown, path: Path): Place {
  return {
    en: capitalise(where(root, path)),
    fi: { ela: capitalise(whereFi(root, path, 'ela')), ine: capitalise(whereFi(root, path, 'ine')) },
  };
}

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The field a value belongs to, for messages: the last key, or the list it is an item of. */
export function fieldName(path: Path): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i]);
  return 'value';
}

export function describeValue(v: unknown): Both {
  const text = (t: string) => `"${t.length > 40 ? `${t.slice(0, 40)}…` : t}"`;
  if (v === null || v === undefined) return { en: 'empty', fi: 'tyhjä' };
  if (typeof v === 'string') return { en: `the text ${text(v)}`, fi: `teksti ${text(v)}` };
  if (typeof v === 'number') return { en: `the number ${v}`, fi: `luku ${v}` };
  if (typeof v === 'boolean') return { en: String(v), fi: String(v) };
  if (Array.isArray(v)) return { en: 'a list', fi: 'lista' };
  return { en: 'a group of fields', fi: 'joukko kenttiä' };
}

/** A field's schema description, in both languages. */
export function aboutOf(schema: Schema | undefined): Both {
  const en = descriptionOf(schema);
  return { en, fi: descriptionFi(en) };
}

export const shortValue = (v: unknown) => (typeof v === 'string' && v.length > 40 ? `${v.slice(0, 40)}…` : String(v));

/** What to type instead when a value has the wrong type. */
export function typeHint(schema: Schema | undefined, got: unknown): Both {
  const type = schema ? unwrap(schema)._zod.def.type : '';
  const hint = ((): Both => {
    switch (type) {
      case 'boolean':
        return {
          en: 'Write `true` or `false`, without quotes (yes/no and on/off are read as text).',
          fi: 'Kirjoita `true` tai `false` ilman lainausmerkkejä (yes/no, kyllä/ei ja on/off luetaan tekstinä).',
        };
      case 'number':
        return {
          en: 'Write a plain number such as 800, without units, spaces or quotes.',
          fi: 'Kirjoita pelkkä luku, esimerkiksi 800, ilman yksikköä, välilyöntejä tai lainausmerkkejä.',
        };
      case 'string':
        if (isObj(got))
          return {
            en: 'A text that contains `: ` must be in quotes: "like: this".',
            fi: 'Tekstin, jossa on `: `, pitää olla lainausmerkeissä: "näin: esimerkiksi".',
          };
        if (Array.isArray(got))
          return {
            en: 'A text that starts with `[` or `- ` must be in quotes.',
            fi: 'Tekstin, joka alkaa merkillä `[` tai `- `, pitää olla lainausmerkeissä.',
          };
        return {
          en: 'Put it in quotes, like "…", so that it is read as text.',
          fi: 'Laita se lainausmerkkeihin, näin "…", niin se luetaan tekstinä.',
        };
      case 'array':
        return {
          en: 'Write a list: one item per line, each starting with `- `, or `[a, b]` on one line.',
          fi: 'Kirjoita lista: yksi kohta riviä kohden, kukin merkillä `- ` alkaen, tai `[a, b]` yhdelle riville.',
        };
      case 'object':
      case 'record':
        return {
          en: 'Write its fields on the following lines, indented by two spaces, as `name: value`.',
          fi: 'Kirjoita sen kentät seuraaville riveille kahdella välilyönnillä sisennettyinä, muodossa `nimi: arvo`.',
        };
      default:
        return { en: '', fi: '' };
    }
  })();
  const about = aboutOf(schema);
  return { en: [hint.en, about.en].filter(Boolean).join(' '), fi: [hint.fi, about.fi].filter(Boolean).join(' ') };
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
