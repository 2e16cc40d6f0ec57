import { CreditBridgeError } from '@credit-bridge/core';
import type { JournalEntry, JournalFilter } from './journal-entry.js';

/** A capped record of the requests a platform answered, with helpers to assert on it. */
export interface Journal {
  /** Appends an entry, dropping the oldest when the journal is full; returns it with its `seq`. */
  record(entry: Omit<JournalEntry, 'seq'>): JournalEntry;
  /**
   * Appends an entry that `build` makes when the journal is first read, dropping the oldest when the journal
   * is full: masking a large request body costs more than answering it, and most entries are never read.
   * `build` runs at most once, and only if the entry is still kept; it must read only what was fixed when the
   * request was answered.
   */
  recordLazily(build: () => Omit<JournalEntry, 'seq'>): void;
  /** Every kept entry, oldest first. */
  entries(): readonly JournalEntry[];
  /** The kept entries that match, oldest first; all of them without a filter. */
  find(filter?: JournalFilter): JournalEntry[];
  /** How many kept entries match. */
  count(filter?: JournalFilter): number;
  /** The newest matching entry. */
  last(filter?: JournalFilter): JournalEntry | undefined;
  /** Forgets every entry and restarts `seq`. */
  clear(): void;
  /** How many entries the journal keeps at most. */
  readonly capacity: number;
  /** How many entries were dropped to respect the cap since the last `clear`. */
  dropped(): number;
}

/**
 * Creates a request journal that keeps the newest `capacity` entries (default 1,000).
 *
 * @example
 * const journal = createJournal({ capacity: 100 });
 * journal.count({ operation: 'blacklistSubmit', status: 200 });
 */
export function createJournal(options: { capacity?: number } = {}): Journal {
  const capacity = options.capacity ?? 1000;
  if (!Number.isSafeInteger(capacity) || capacity < 1) {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: `[createJournal] capacity must be a positive integer, got ${capacity}`,
    });
  }
  let kept: (JournalEntry | Unbuilt)[] = [];
  let unbuilt = 0;
  let seq = 0;
  let dropped = 0;
  const keep = (slot: JournalEntry | Unbuilt): void => {
    kept.push(slot);
    if (kept.length > capacity) {
      if (isUnbuilt(kept.shift())) unbuilt -= 1;
      dropped += 1;
    }
  };
  const built = (): readonly JournalEntry[] => {
    if (unbuilt > 0) {
      kept = kept.map((slot) => (isUnbuilt(slot) ? { seq: slot.seq, ...slot.build() } : slot));
      unbuilt = 0;
    }
    return kept as JournalEntry[];
  };
  const find = (filter?: JournalFilter): JournalEntry[] => built().filter((entry) => matches(entry, filter));
  return {
    capacity,
    record(entry) {
      seq += 1;
      const full: JournalEntry = { seq, ...entry };
      keep(full);
      return full;
    },
    recordLazily(build) {
      seq += 1;
      unbuilt += 1;
      keep({ seq, build, [UNBUILT]: true });
    },
    entries: () => [...built()],
    find,
    count: (filter) => find(filter).length,
    last: (filter) => find(filter).at(-1),
    clear() {
      kept = [];
      unbuilt = 0;
      seq = 0;
      dropped = 0;
    },
    dropped: () => dropped,
  };
}

const UNBUILT = Symbol('unbuilt journal entry');

// A kept entry not built yet: its place in the journal and how to build it.
interface Unbuilt {
  readonly seq: number;
  readonly build: () => Omit<JournalEntry, 'seq'>;
  readonly [UNBUILT]: true;
}

function isUnbuilt(slot: JournalEntry | Unbuilt | undefined): slot is Unbuilt {
  return slot !== undefined && UNBUILT in slot;
}

function matches(entry: JournalEntry, filter: JournalFilter | undefined): boolean {
  if (filter === undefined) return true;
  if (typeof filter === 'function') return filter(entry);
  for (const [key, wanted] of Object.entries(filter)) {
    if (wanted === undefined) continue;
    const actual = entry[key as keyof JournalEntry];
    if (wanted instanceof RegExp) {
      if (typeof actual !== 'string' || !wanted.test(actual)) return false;
    } else if (actual !== wanted) {
      return false;
    }
  }
  return true;
}
