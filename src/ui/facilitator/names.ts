// Who was in the room: the participant names a facilitator types at the
// start (or corrects in the debrief), one per line or separated by commas.
// Capped so that a pasted document cannot become a team.
export const MAX_PARTICIPANTS = 30;
export const MAX_NAME_LENGTH = 60;

export function splitNames(text: string): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const part of text.split(/[\n,;]/)) {
    const name = part.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
    const key = name.toLocaleLowerCase();
    if (!name || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
    if (names.length === MAX_PARTICIPANTS) break;
  }
  return names;
}

/** The names as the facilitator would type them back: one line, comma-separated. */
export const joinNames = (names: readonly string[] = []): string => names.join(', ');
