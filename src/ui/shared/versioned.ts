// Saved formats carry a version. Reading one: an older version is migrated
// step by step to the current one, a newer one (saved by a later Kohu) is
// refused and left untouched so that later Kohu can still open it, and a
// damaged one is reported. Nothing is dropped without the trainee being told.

/** One step: a document of version n → version n + 1. */
type Step = (old: Record<string, unknown>) => Record<string, unknown>;

export interface SavedFormat<T> {
  /** The version this build writes. */
  current: number;
  /** migrations[n] turns version n into n + 1, for every n from the oldest readable to current − 1. */
  migrations: Record<number, Step>;
  /** The version of a stored document; documents from before versioning may have none. */
  versionOf: (raw: Record<string, unknown>) => unknown;
  /** Shape check of a document at the current version. */
  valid: (doc: unknown) => doc is T;
}

export type ReadSaved<T> =
  { kind: 'ok'; value: T; migratedFrom?: number } | { kind: 'none' } | { kind: 'newer'; version: number } | { kind: 'damaged' };

export function readSaved<T>(format: SavedFormat<T>, raw: unknown): ReadSaved<T> {
  if (raw === undefined || raw === null) return { kind: 'none' };
  if (typeof raw !== 'object') return { kind: 'damaged' };
  const version = format.versionOf(raw as Record<string, unknown>);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { kind: 'damaged' };
  if (version > format.current) return { kind: 'newer', version };
  let doc = raw as Record<string, unknown>;
  for (let v = version; v < format.current; v++) {
    const step = format.migrations[v];
    if (!step) return { kind: 'damaged' };
    try {
      doc = step(doc);
    } catch {
      return { kind: 'damaged' };
    }
  }
  if (!format.valid(doc)) return { kind: 'damaged' };
  return version < format.current ? { kind: 'ok', value: doc, migratedFrom: version } : { kind: 'ok', value: doc };
}
