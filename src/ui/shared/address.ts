// Each screen's address in the page's hash (#library, #briefing/<file>,
// #drill, #scorecard/<history id>, #history, #team, #room, #debrief,
// #studio): a reload stays on the screen and the browser's back and forward
// move between screens. The hash names the screen; what it needs (the
// scenario, the history entry, the saved drill) is found again from it.

export type Address =
  | { name: 'library' | 'drill' | 'history' | 'team' | 'room' | 'debrief' | 'studio' }
  | { name: 'briefing'; file: string }
  | { name: 'scorecard'; id: string };

const PLAIN = new Set(['library', 'drill', 'history', 'team', 'room', 'debrief', 'studio']);

export function toHash(a: Address): string {
  if (a.name === 'briefing') return `#briefing/${encodeURIComponent(a.file).replace(/%2F/gi, '/')}`;
  if (a.name === 'scorecard') return `#scorecard/${encodeURIComponent(a.id)}`;
  return `#${a.name}`;
}

/** The screen a hash names; the library for none or one not known. */
export function fromHash(hash: string): Address {
  const [name, ...rest] = hash.replace(/^#/, '').split('/');
  const arg = rest.length ? safeDecode(rest.join('/')) : '';
  if (name === 'briefing' && arg) return { name, file: arg };
  if (name === 'scorecard' && arg) return { name, id: arg };
  if (PLAIN.has(name)) return { name: name as 'library' };
  return { name: 'library' };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
