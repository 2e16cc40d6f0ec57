import type { BlacklistEntry } from '@credit-bridge/core';
import type { MirrorRecord } from '../mirror-store.js';
import { createIdentifierTable, type IdentifierTable } from './identifier-table.js';

/** The mirror's in-memory index: every record by id, and the listed entries by subject identifier. */
export interface MirrorIndex {
  /**
   * Listed entries by normalised USCC, never empty (a subject without any has no key), frozen and
   * replaced rather than changed, so an answer handed out earlier keeps its entries. Each key's mark is
   * the epoch ms at which the earliest 有效期至 among its entries has passed (the end of that day in
   * Shanghai), `Infinity` when none has one: a lookup compares it with the clock and reads no date.
   */
  readonly byUscc: IdentifierTable<readonly BlacklistEntry[]>;
  /** Listed entries by normalised ID number, as `byUscc`. */
  readonly byIdNumber: IdentifierTable<readonly BlacklistEntry[]>;
  /** A record held (ended ones included). */
  record(recordId: string): MirrorRecord | undefined;
  /** Stores a record, moving its entry between subjects when it changed. */
  put(record: MirrorRecord): void;
  remove(recordId: string): void;
  clear(): void;
  /** Records held, ended ones included. */
  readonly records: number;
  /** Subjects with at least one listed entry. */
  readonly listedSubjects: number;
}

/** True when the record's entry is in publication: listed, and not ended by a repair. */
export function isListedRecord(record: MirrorRecord): boolean {
  return record.entry.action === 'list' && record.endedBy === undefined;
}

/**
 * Creates an empty index. Buckets are replaced, not mutated, when a subject's entries change, so an
 * answer handed out earlier keeps the entries it had; entries are frozen for the same reason.
 */
export function createMirrorIndex(): MirrorIndex {
  const records = new Map<string, MirrorRecord>();
  const byUscc = createIdentifierTable<readonly BlacklistEntry[]>();
  const byIdNumber = createIdentifierTable<readonly BlacklistEntry[]>();
  const mapOf = (record: MirrorRecord) => (record.subjectKind === 'uscc' ? byUscc : byIdNumber);

  function detach(record: MirrorRecord): void {
    const map = mapOf(record);
    const held = map.get(record.subjectKey);
    if (held === undefined) return;
    const entries = held.filter((entry) => entry.recordId !== record.recordId);
    if (entries.length === 0) map.delete(record.subjectKey);
    else setEntries(map, record.subjectKey, entries);
  }

  function attach(record: MirrorRecord): void {
    const map = mapOf(record);
    const entry = freezeEntry(record.entry);
    const held = map.get(record.subjectKey);
    setEntries(map, record.subjectKey, held === undefined ? [entry] : [...held, entry]);
  }

  return {
    byUscc,
    byIdNumber,
    record: (recordId) => records.get(recordId),
    put(record) {
      const previous = records.get(record.recordId);
      if (previous !== undefined && isListedRecord(previous)) detach(previous);
      records.set(record.recordId, record);
      if (isListedRecord(record)) attach(record);
    },
    remove(recordId) {
      const previous = records.get(recordId);
      if (previous === undefined) return;
      if (isListedRecord(previous)) detach(previous);
      records.delete(recordId);
    },
    clear() {
      records.clear();
      byUscc.clear();
      byIdNumber.clear();
    },
    get records() {
      return records.size;
    },
    get listedSubjects() {
      return byUscc.size + byIdNumber.size;
    },
  };
}

function setEntries(
  map: IdentifierTable<readonly BlacklistEntry[]>,
  key: string,
  entries: BlacklistEntry[],
): void {
  let earliest: string | undefined;
  for (const { validUntil } of entries) {
    if (validUntil !== undefined && (earliest === undefined || validUntil < earliest)) earliest = validUntil;
  }
  map.set(key, Object.freeze(entries), endOfDay(earliest));
}

// 有效期至 is the last day of publication: it ends at the following midnight in Shanghai (UTC+8).
function endOfDay(day: string | undefined): number {
  if (day === undefined) return Number.POSITIVE_INFINITY;
  return Date.parse(`${day}T00:00:00+08:00`) + 86_400_000;
}

function freezeEntry(entry: BlacklistEntry): BlacklistEntry {
  Object.freeze(entry.subject);
  return Object.freeze(entry);
}
