// The debrief in progress, kept in this browser (IndexedDB through the
// drill engineer's storage.ts, with its localStorage fallback), so a
// reload — or tomorrow's session — finds the same teams and overrides.
// Versioned like every save (versioned.ts): a debrief saved by a newer Kohu
// is refused and left untouched for it; a damaged one is set aside under
// DAMAGED_KEY, never dropped.
import { store, type SaveOutcome } from '../shared/storage.ts';
import { readSaved, type SavedFormat } from '../shared/versioned.ts';
import { emptyDebrief, type DebriefState } from './types.ts';
import { readLessons } from './lessons.ts';

const KEY = 'debrief';
const DAMAGED_KEY = 'debrief-damaged';

const debriefFormat: SavedFormat<DebriefState> = {
  current: 1,
  migrations: {},
  versionOf: (raw) => raw.v,
  valid: (doc): doc is DebriefState => !!doc && typeof doc === 'object' && Array.isArray((doc as DebriefState).teams),
};

export type LoadedDebrief = { state: DebriefState; unreadable?: { kind: 'newer'; version: number } | { kind: 'damaged' } };

export async function loadDebrief(): Promise<LoadedDebrief> {
  const raw = await store.get<unknown>(KEY);
  const read = readSaved(debriefFormat, raw);
  // Debriefs saved before lessons learned existed have none: they start empty.
  if (read.kind === 'ok') return { state: { ...emptyDebrief(), ...read.value, lessons: readLessons(read.value.lessons) } };
  if (read.kind === 'newer') return { state: emptyDebrief(), unreadable: { kind: 'newer', version: read.version } };
  if (read.kind === 'damaged') {
    await store.set(DAMAGED_KEY, raw);
    return { state: emptyDebrief(), unreadable: { kind: 'damaged' } };
  }
  return { state: emptyDebrief() };
}

/** Saves the debrief, unless the one stored was saved by a newer Kohu: that one is kept for it. */
export async function saveDebrief(state: DebriefState): Promise<SaveOutcome> {
  const read = readSaved(debriefFormat, await store.get<unknown>(KEY));
  if (read.kind === 'newer') return { ok: false, kind: 'newer', reason: String(read.version) };
  return store.set(KEY, state);
}
