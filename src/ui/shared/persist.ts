// What the browser keeps: the drill in progress (scenario, seed, action log,
// simulated now, speed, paused — a reload replays the log to the same world —
// and the composer's drafts) and the history of results. Both formats carry a
// version (versioned.ts): older ones are migrated, newer ones refused and kept.
import type { Action, DrillMode, KohuResult, Language, ScenarioModel } from '../../engine/play.ts';
import { store, type SaveOutcome } from './storage.ts';
import { readSaved, type ReadSaved, type SavedFormat } from './versioned.ts';

const DRILL = 'drill';
const RESULTS = 'results';
const MAX_RESULTS = 200;

export interface ScenarioRef {
  file: string;
  id: string;
  language: Language;
  title: string;
  version: number;
  /** True for scenarios compiled into the app; false for a file opened from disk. */
  shipped: boolean;
}

/** What the reply composer held: the post it was open for, its mode and the unsent text per post. */
export interface ComposerSave {
  post: string | null;
  mode: 'public' | 'private';
  drafts: Record<string, string>;
}

export const DRILL_VERSION = 2;

export interface DrillSave {
  v: typeof DRILL_VERSION;
  /** Wall-clock ms of the save, to pick the newest copy. */
  savedAt: number;
  scenario: ScenarioRef;
  /** The compiled scenario itself, for files opened from disk (not shipped). */
  model?: ScenarioModel;
  seed: number;
  log: Action[];
  now: number;
  speed: number;
  paused: boolean;
  /** Posts seen per channel (for the "new" badges). */
  seen: Record<string, number>;
  composer: ComposerSave;
  /** Coached or exam; saves from before the modes resume as exams (they had no cues). */
  mode?: DrillMode;
}

export const drillFormat: SavedFormat<DrillSave> = {
  current: DRILL_VERSION,
  versionOf: (raw) => raw.v,
  migrations: {
    // Version 2 keeps the composer: a version-1 drill comes back with it empty.
    1: (old) => ({ ...old, v: 2, composer: { post: null, mode: 'public', drafts: {} } }),
  },
  valid: (x): x is DrillSave => {
    const d = x as DrillSave;
    return (
      d.v === DRILL_VERSION &&
      typeof d.seed === 'number' &&
      Array.isArray(d.log) &&
      typeof d.now === 'number' &&
      !!d.scenario &&
      typeof d.scenario.id === 'string' &&
      !!d.composer &&
      typeof d.composer.drafts === 'object'
    );
  },
};

export type UnreadableDrill = { kind: 'newer'; version: number } | { kind: 'damaged' };

/**
 * The saved drill: the newest readable copy (IndexedDB, or the localStorage
 * copy written on page hide), migrated if older; a copy no build here can
 * read is reported as newer or damaged, never passed over in silence.
 */
export async function loadDrill(): Promise<ReadSaved<DrillSave>> {
  const reads = [await store.get<unknown>(DRILL), store.lsGet<unknown>(DRILL)].map((raw) => readSaved(drillFormat, raw));
  const ok = reads.flatMap((r) => (r.kind === 'ok' ? [r] : []));
  ok.sort((a, b) => b.value.savedAt - a.value.savedAt);
  return ok[0] ?? reads.find((r) => r.kind === 'newer') ?? reads.find((r) => r.kind === 'damaged') ?? { kind: 'none' };
}

export function saveDrill(save: DrillSave): Promise<SaveOutcome> {
  return store.set(DRILL, save);
}

/** Synchronous copy for `pagehide`, when an IndexedDB write may not finish. */
export function saveDrillNow(save: DrillSave): SaveOutcome {
  return store.setLocal(DRILL, save);
}

export function clearDrill(): Promise<void> {
  return store.del(DRILL);
}

export interface HistoryEntry {
  id: string;
  savedAt: number;
  result: KohuResult;
  /** The compiled scenario, when it is not one of the shipped ones. */
  model?: ScenarioModel;
}

export const HISTORY_VERSION = 2;

interface HistorySave {
  v: typeof HISTORY_VERSION;
  entries: HistoryEntry[];
}

export const historyFormat: SavedFormat<HistorySave> = {
  current: HISTORY_VERSION,
  // Version 1 was the bare list of entries.
  versionOf: (raw) => (Array.isArray(raw) ? 1 : raw.v),
  migrations: {
    1: (old) => ({ v: 2, entries: old as unknown as HistoryEntry[] }),
  },
  valid: (x): x is HistorySave => {
    const h = x as HistorySave;
    return h.v === HISTORY_VERSION && Array.isArray(h.entries);
  },
};

export type History = { entries: HistoryEntry[] } & ({ kind: 'ok' | 'none' | 'damaged' } | { kind: 'newer'; version: number });

/** The history, with the reason when it cannot be read (saved by a newer Kohu, or damaged). */
export async function loadHistory(): Promise<History> {
  const read = readSaved(historyFormat, await store.get<unknown>(RESULTS));
  if (read.kind === 'ok') return { kind: 'ok', entries: read.value.entries.filter((e) => e && e.result && e.id) };
  if (read.kind === 'newer') return { kind: 'newer', version: read.version, entries: [] };
  return { kind: read.kind, entries: [] };
}

export async function listResults(): Promise<HistoryEntry[]> {
  return (await loadHistory()).entries;
}

/** Rewrite the history, unless it was saved by a newer Kohu: that one is kept for it, untouched. */
async function updateHistory(change: (entries: HistoryEntry[]) => HistoryEntry[]): Promise<SaveOutcome> {
  const history = await loadHistory();
  if (history.kind === 'newer') return { ok: false, kind: 'newer', reason: String(history.version) };
  const next: HistorySave = { v: HISTORY_VERSION, entries: change(history.entries) };
  return store.set(RESULTS, next);
}

export function addResult(entry: HistoryEntry): Promise<SaveOutcome> {
  return updateHistory((list) => [entry, ...list.filter((e) => e.id !== entry.id)].slice(0, MAX_RESULTS));
}

export function removeResult(id: string): Promise<SaveOutcome> {
  return updateHistory((list) => list.filter((e) => e.id !== id));
}

/** A fresh id for a history entry. */
export function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `r${Date.now()}${Math.floor(Math.random() * 1e6)}`;
}
