// The debrief in progress, kept in this browser (IndexedDB through the
// drill engineer's storage.ts, with its localStorage fallback), so a
// reload — or tomorrow's session — finds the same teams and overrides.
import { store, type SaveOutcome } from '../shared/storage.ts';
import { emptyDebrief, type DebriefState } from './types.ts';

const KEY = 'debrief';

export async function loadDebrief(): Promise<DebriefState> {
  const saved = await store.get<DebriefState>(KEY);
  if (saved && saved.v === 1 && Array.isArray(saved.teams)) return { ...emptyDebrief(), ...saved };
  return emptyDebrief();
}

export function saveDebrief(state: DebriefState): Promise<SaveOutcome> {
  return store.set(KEY, state);
}
