// Browser storage for drills in progress and past results: IndexedDB through
// idb-keyval, falling back to localStorage when IndexedDB is unavailable.
// Every write reports its outcome, so a full or missing store becomes a
// clear message in the UI, never a silent loss. Writes to one key are
// queued, so an older save can never land after a newer one.
import { del as idbDel, get as idbGet, set as idbSet } from 'idb-keyval';

// 'newer': what is stored was saved by a newer Kohu and is kept for it, not overwritten.
export type StorageProblemKind = 'full' | 'unavailable' | 'failed' | 'newer';
export interface StorageProblem {
  kind: StorageProblemKind;
  reason: string;
}
export type SaveOutcome = { ok: true; fallback?: boolean } | ({ ok: false } & StorageProblem);

const LS_PREFIX = 'kohu:';

/** Test hook: `?storage=unavailable` or `?storage=full` simulates a broken store. */
function simulated(): StorageProblemKind | null {
  try {
    const v = new URLSearchParams(location.search).get('storage');
    return v === 'unavailable' || v === 'full' ? v : null;
  } catch {
    return null;
  }
}

function classify(err: unknown): StorageProblem {
  const name = err instanceof Error || err instanceof DOMException ? err.name : '';
  const message = err instanceof Error || err instanceof DOMException ? err.message : String(err);
  if (name === 'QuotaExceededError' || /quota|full/i.test(message)) return { kind: 'full', reason: message || name };
  if (name === 'SecurityError' || name === 'InvalidStateError' || /indexeddb|not available|undefined/i.test(message))
    return { kind: 'unavailable', reason: message || name };
  return { kind: 'failed', reason: message || name || 'unknown error' };
}

/** A plain, structured-clone-safe copy (no Svelte proxies, no functions). */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Whether IndexedDB is there. Merely reading `window.indexedDB` throws a
 * SecurityError under some privacy settings; that must not take the page
 * down (this module loads with the app), only send saves to localStorage.
 */
function idbPresent(): boolean {
  try {
    return typeof indexedDB !== 'undefined' && indexedDB !== null;
  } catch {
    return false;
  }
}

class BrowserStore {
  private useIdb = idbPresent();
  private queues = new Map<string, Promise<unknown>>();
  /** Set once IndexedDB failed and localStorage took over. */
  fellBack = false;

  async get<T>(key: string): Promise<T | undefined> {
    if (simulated() === 'unavailable') return undefined;
    if (this.useIdb) {
      try {
        return await idbGet<T>(key);
      } catch {
        this.switchToLocal();
      }
    }
    return this.lsGet<T>(key);
  }

  /** The localStorage copy (written synchronously on page hide, and in fallback mode). */
  lsGet<T>(key: string): T | undefined {
    try {
      const text = localStorage.getItem(LS_PREFIX + key);
      return text === null ? undefined : (JSON.parse(text) as T);
    } catch {
      return undefined;
    }
  }

  set(key: string, value: unknown): Promise<SaveOutcome> {
    const data = plain(value);
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous.then(() => this.write(key, data));
    this.queues.set(
      key,
      next.catch(() => undefined),
    );
    return next;
  }

  private async write(key: string, data: unknown): Promise<SaveOutcome> {
    const sim = simulated();
    if (sim) return { ok: false, kind: sim, reason: sim === 'full' ? 'QuotaExceededError (simulated)' : 'storage disabled (simulated)' };
    if (this.useIdb) {
      try {
        await idbSet(key, data);
        return { ok: true };
      } catch (err) {
        const problem = classify(err);
        if (problem.kind === 'full') return { ok: false, ...problem };
        this.switchToLocal();
      }
    }
    const outcome = this.setLocal(key, data);
    return outcome.ok ? { ok: true, fallback: true } : outcome;
  }

  /** Synchronous localStorage write: for page hide, when async writes may not finish. */
  setLocal(key: string, value: unknown): SaveOutcome {
    if (simulated()) return { ok: false, kind: simulated()!, reason: 'simulated' };
    try {
      localStorage.setItem(LS_PREFIX + key, JSON.stringify(value));
      return { ok: true };
    } catch (err) {
      return { ok: false, ...classify(err) };
    }
  }

  async del(key: string): Promise<void> {
    try {
      localStorage.removeItem(LS_PREFIX + key);
    } catch {
      /* nothing to remove */
    }
    if (!this.useIdb) return;
    try {
      await idbDel(key);
    } catch {
      this.switchToLocal();
    }
  }

  private switchToLocal(): void {
    this.useIdb = false;
    this.fellBack = true;
  }
}

export const store = new BrowserStore();
