import { type RecordOf, type RecordType, toWireRecord, type WireRow } from '@credit-bridge/core';

/** One stored version of a record: the validated record, its canonical wire row and when it arrived. */
export interface StoredVersion<T extends RecordType> {
  readonly record: RecordOf<T>;
  readonly wire: WireRow;
  readonly version: number;
  /** Epoch milliseconds of the platform clock. */
  readonly storedAt: number;
}

/**
 * A stored version whose canonical wire row core writes from the record when it is first read, then keeps:
 * most penalties and licenses are never read back as wire rows, and writing one costs as much as a good
 * part of judging it. The record passed validation, so it always encodes.
 *
 * @example
 * store.put(record.recordId, storedVersion('penalty', record, now));
 */
export function storedVersion<T extends RecordType>(
  type: T,
  record: RecordOf<T>,
  storedAt: number,
): StoredVersion<T> {
  let wire: WireRow | undefined;
  return {
    record,
    get wire() {
      wire ??= toWireRecord(type, record);
      return wire;
    },
    version: record.version,
    storedAt,
  };
}

/** Every version of every record of one type, keyed by record id. */
export interface RecordStore<T extends RecordType> {
  /** The newest version of a record. */
  latest(recordId: string): StoredVersion<T> | undefined;
  /** Every version of a record, oldest first. */
  versions(recordId: string): readonly StoredVersion<T>[];
  /** The newest version of every record, in order of first arrival. */
  all(): StoredVersion<T>[];
  /** Stores a version newer than the newest one (the caller checked). */
  put(recordId: string, version: StoredVersion<T>): void;
  /** How many records (not versions) are held. */
  size(): number;
  clear(): void;
}

/**
 * Creates an in-memory store of versioned records.
 *
 * @example
 * const penalties = createRecordStore<'penalty'>();
 * penalties.latest('CF-420113-2026-000012')?.version;
 */
export function createRecordStore<T extends RecordType>(): RecordStore<T> {
  let byId = new Map<string, StoredVersion<T>[]>();
  return {
    latest: (recordId) => byId.get(recordId)?.at(-1),
    versions: (recordId) => [...(byId.get(recordId) ?? [])],
    all: () => [...byId.values()].map((versions) => versions.at(-1) as StoredVersion<T>),
    put(recordId, version) {
      const versions = byId.get(recordId);
      if (versions === undefined) byId.set(recordId, [version]);
      else versions.push(version);
    },
    size: () => byId.size,
    clear() {
      byId = new Map();
    },
  };
}
