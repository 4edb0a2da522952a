// What the browser keeps: the drill in progress (scenario, seed, action log,
// simulated now, speed, paused — a reload replays the log to the same world)
// and the history of results.
import type { Action, KohuResult, Language, ScenarioModel } from '../../engine/play.ts';
import { store, type SaveOutcome } from './storage.ts';

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

export interface DrillSave {
  v: 1;
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
}

function isDrillSave(x: unknown): x is DrillSave {
  const d = x as DrillSave | null;
  return !!d && d.v === 1 && typeof d.seed === 'number' && Array.isArray(d.log) && typeof d.now === 'number' && !!d.scenario;
}

export async function loadDrill(): Promise<DrillSave | null> {
  const candidates = [await store.get<DrillSave>(DRILL), store.lsGet<DrillSave>(DRILL)].filter(isDrillSave);
  candidates.sort((a, b) => b.savedAt - a.savedAt);
  return candidates[0] ?? null;
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

export async function listResults(): Promise<HistoryEntry[]> {
  const list = (await store.get<HistoryEntry[]>(RESULTS)) ?? [];
  return Array.isArray(list) ? list.filter((e) => e && e.result && e.id) : [];
}

export async function addResult(entry: HistoryEntry): Promise<SaveOutcome> {
  const list = await listResults();
  const next = [entry, ...list.filter((e) => e.id !== entry.id)].slice(0, MAX_RESULTS);
  return store.set(RESULTS, next);
}

export async function removeResult(id: string): Promise<SaveOutcome> {
  const list = await listResults();
  return store.set(
    RESULTS,
    list.filter((e) => e.id !== id),
  );
}

/** A fresh id for a history entry. */
export function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `r${Date.now()}${Math.floor(Math.random() * 1e6)}`;
}
