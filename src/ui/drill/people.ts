// Who wrote what: persona names, handles and avatar colours, and the
// trainee's own replies shown under the company's name.
import type { ScenarioModel } from '../../engine/play.ts';

export interface Who {
  id: string;
  name: string;
  handle?: string;
  initials: string;
  /** Avatar background (hue from the id, so a person keeps one colour). */
  color: string;
  you: boolean;
  journalist: boolean;
}

const AVATAR = ['#8b3a3a', '#2f5d8a', '#2e6b4f', '#7a4a8c', '#8a5a1f', '#3d5f6e', '#8c3f6b', '#4b5d1f', '#5a4a8a', '#1f6b6b'];

function initials(name: string): string {
  const parts = name
    .replace(/\(.*?\)/g, '')
    .split(/\s+/)
    .filter(Boolean);
  const first = parts[0]?.[0] ?? '?';
  const last = parts.length > 1 ? parts[parts.length - 1][0] : '';
  return (first + last).toUpperCase();
}

function hue(id: string): string {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return AVATAR[h % AVATAR.length];
}

export function peopleOf(model: ScenarioModel): (id: string) => Who {
  const byId = new Map(model.personas.map((p) => [p.id, p]));
  const cache = new Map<string, Who>();
  return (id: string): Who => {
    const hit = cache.get(id);
    if (hit) return hit;
    let who: Who;
    if (id === 'trainee' || id === 'company') {
      who = {
        id,
        name: model.company,
        initials: initials(model.company),
        color: 'var(--accent)',
        you: id === 'trainee',
        journalist: false,
      };
    } else {
      const p = byId.get(id);
      const name = p?.name ?? id;
      who = {
        id,
        name,
        ...(p?.handle && { handle: p.handle }),
        initials: initials(name),
        color: hue(id),
        you: false,
        journalist: p?.temperament === 'journalist',
      };
    }
    cache.set(id, who);
    return who;
  };
}

/** "3 min", "now" — time since a post appeared, in simulated time. */
export function ago(ms: number, lang: 'fi' | 'en'): string {
  const min = Math.floor(ms / 60_000);
  if (min < 1) return lang === 'fi' ? 'juuri nyt' : 'just now';
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  return `${h} h ${min % 60} min`;
}
