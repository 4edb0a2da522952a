// Saved formats: an older saved drill or history is migrated, a newer one is
// refused (and left as it is), a damaged one is reported — none dropped.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const stored = new Map<string, unknown>();
const local = new Map<string, unknown>();
vi.mock('../../../src/ui/shared/storage.ts', () => ({
  store: {
    get: async (key: string) => stored.get(key),
    lsGet: (key: string) => local.get(key),
    set: async (key: string, value: unknown) => {
      stored.set(key, JSON.parse(JSON.stringify(value)));
      return { ok: true };
    },
    setLocal: (key: string, value: unknown) => {
      local.set(key, value);
      return { ok: true };
    },
    del: async (key: string) => {
      stored.delete(key);
      local.delete(key);
    },
  },
}));

const { readSaved } = await import('../../../src/ui/shared/versioned.ts');
const persist = await import('../../../src/ui/shared/persist.ts');
const debrief = await import('../../../src/ui/debrief/store.ts');
const { drillFormat, historyFormat, loadDrill, loadHistory, addResult, removeResult, DRILL_VERSION, HISTORY_VERSION } = persist;

const scenario = { file: 'shop-video.en.yaml', id: 'shop-video', language: 'en', title: 'Shop video', version: 1, shipped: true };
const v1Drill = { v: 1, savedAt: 10, scenario, seed: 7, log: [], now: 60_000, speed: 60, paused: true, seen: { page: 1 } };
const entry = (id: string) => ({ id, savedAt: 1, result: { format: 'kohu-result' } });

beforeEach(() => {
  stored.clear();
  local.clear();
});

describe('readSaved', () => {
  const format = {
    current: 3,
    versionOf: (raw: Record<string, unknown>) => raw.v,
    migrations: {
      1: (d: Record<string, unknown>) => ({ ...d, v: 2, b: 'added in 2' }),
      2: (d: Record<string, unknown>) => ({ ...d, v: 3, c: 'added in 3' }),
    },
    valid: (d: unknown): d is { v: 3 } => (d as { v: number }).v === 3,
  };

  it('migrates an older document through every step', () => {
    expect(readSaved(format, { v: 1, a: 1 })).toEqual({
      kind: 'ok',
      value: { v: 3, a: 1, b: 'added in 2', c: 'added in 3' },
      migratedFrom: 1,
    });
  });
  it('reads the current version as it is', () => {
    expect(readSaved(format, { v: 3 })).toEqual({ kind: 'ok', value: { v: 3 } });
  });
  it('refuses a newer version, naming it', () => {
    expect(readSaved(format, { v: 4 })).toEqual({ kind: 'newer', version: 4 });
  });
  it('tells nothing from damaged', () => {
    expect(readSaved(format, undefined)).toEqual({ kind: 'none' });
    expect(readSaved(format, 'text')).toEqual({ kind: 'damaged' });
    expect(readSaved(format, { v: 'x' })).toEqual({ kind: 'damaged' });
    expect(readSaved(format, { v: 0 })).toEqual({ kind: 'damaged' });
    expect(readSaved({ ...format, valid: (_d: unknown): _d is { v: 3 } => false }, { v: 3 })).toEqual({ kind: 'damaged' });
  });
  it('reports a migration that throws as damaged', () => {
    const throwing = {
      ...format,
      migrations: {
        ...format.migrations,
        1: () => {
          throw new Error('bad');
        },
      },
    };
    expect(readSaved(throwing, { v: 1 })).toEqual({ kind: 'damaged' });
  });
});

describe('saved drill', () => {
  it('migrates a version-1 drill to the current version with an empty composer', async () => {
    stored.set('drill', v1Drill);
    const read = await loadDrill();
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.value).toEqual({ ...v1Drill, v: DRILL_VERSION, composer: { post: null, mode: 'public', drafts: {} } });
    expect(read.migratedFrom).toBe(1);
  });

  it('keeps the composer of a current drill', () => {
    const save = { ...v1Drill, v: DRILL_VERSION, composer: { post: 'p1', mode: 'private', drafts: { p1: 'Hei' } } };
    expect(readSaved(drillFormat, save)).toEqual({ kind: 'ok', value: save });
  });

  it('refuses a drill saved by a newer Kohu and leaves it stored', async () => {
    const future = { ...v1Drill, v: DRILL_VERSION + 1, somethingNew: true };
    stored.set('drill', future);
    expect(await loadDrill()).toEqual({ kind: 'newer', version: DRILL_VERSION + 1 });
    expect(stored.get('drill')).toEqual(future);
  });

  it('reports a damaged drill instead of passing over it', async () => {
    stored.set('drill', { v: DRILL_VERSION, seed: 'not a number' });
    expect(await loadDrill()).toEqual({ kind: 'damaged' });
  });

  it('prefers the newest readable copy of the two stores', async () => {
    stored.set('drill', v1Drill);
    local.set('drill', { ...v1Drill, v: DRILL_VERSION, savedAt: 20, now: 120_000, composer: { post: null, mode: 'public', drafts: {} } });
    const read = await loadDrill();
    expect(read.kind === 'ok' && read.value.now).toBe(120_000);
  });

  it('has a migration for every older version', () => {
    for (let v = 1; v < DRILL_VERSION; v++) expect(drillFormat.migrations[v]).toBeTypeOf('function');
    for (let v = 1; v < HISTORY_VERSION; v++) expect(historyFormat.migrations[v]).toBeTypeOf('function');
  });
});

describe('result history', () => {
  it('migrates the version-1 bare list and writes it back versioned', async () => {
    stored.set('results', [entry('a')]);
    expect(await loadHistory()).toEqual({ kind: 'ok', entries: [entry('a')] });
    expect(await addResult(entry('b') as never)).toEqual({ ok: true });
    expect(stored.get('results')).toEqual({ v: HISTORY_VERSION, entries: [entry('b'), entry('a')] });
  });

  it('refuses a history saved by a newer Kohu, and does not write over it', async () => {
    const future = { v: HISTORY_VERSION + 1, entries: [entry('x')], more: 1 };
    stored.set('results', future);
    expect(await loadHistory()).toEqual({ kind: 'newer', version: HISTORY_VERSION + 1, entries: [] });
    expect(await addResult(entry('b') as never)).toEqual({ ok: false, kind: 'newer', reason: String(HISTORY_VERSION + 1) });
    expect(await removeResult('x')).toMatchObject({ ok: false, kind: 'newer' });
    expect(stored.get('results')).toEqual(future);
  });

  it('reports a damaged history', async () => {
    stored.set('results', { v: HISTORY_VERSION, entries: 'no' });
    expect((await loadHistory()).kind).toBe('damaged');
  });
});

describe('the saved debrief', () => {
  const saved = { v: 1, scenario: null, teams: [], anonymous: true, facilitator: 'Anna' };

  it('reads the current version; one saved before lessons learned existed starts with empty lessons', async () => {
    stored.set('debrief', saved);
    expect(await debrief.loadDebrief()).toEqual({ state: { ...saved, lessons: { conclusions: {}, actions: [], feedback: [] } } });
    const lessons = { conclusions: { 'closing#0': 'Public first' }, actions: [], feedback: [] };
    stored.set('debrief', { ...saved, lessons });
    expect(await debrief.loadDebrief()).toEqual({ state: { ...saved, lessons } });
  });
  it('refuses a newer one, naming its version, and never writes over it', async () => {
    const newer = { ...saved, v: 2, lessons: ['kept'] };
    stored.set('debrief', newer);
    expect(await debrief.loadDebrief()).toMatchObject({ unreadable: { kind: 'newer', version: 2 }, state: { teams: [] } });
    expect(await debrief.saveDebrief({ ...saved, v: 1 } as never)).toMatchObject({ ok: false, kind: 'newer', reason: '2' });
    expect(stored.get('debrief')).toEqual(newer);
  });
  it('sets a damaged one aside rather than dropping it', async () => {
    stored.set('debrief', { v: 1, teams: 'not a list' });
    expect(await debrief.loadDebrief()).toMatchObject({ unreadable: { kind: 'damaged' } });
    expect(stored.get('debrief-damaged')).toEqual({ v: 1, teams: 'not a list' });
  });
});
