import type { DedupeKey } from './dedupe-key.js';

/**
 * What a record is, compared with the records seen before it in the same run:
 * - `new`: the first of its id, or a higher version than any seen;
 * - `duplicate`: the same id, version and content as one seen (skip it);
 * - `conflict`: the same id and version as one seen but other content (reject it: a changed record
 *   must raise its version, or receivers cannot tell which is right);
 * - `stale`: a lower version than one seen (skip it: the newer one wins).
 */
export type DuplicateVerdict = 'new' | 'duplicate' | 'conflict' | 'stale';

/** Remembers, per record id, the highest version seen in a run and its content hash. */
export interface DuplicateDetector {
  /** Judges `key` against what was seen and remembers it when it is `new`. */
  check(key: DedupeKey): DuplicateVerdict;
  /** How many record ids are remembered. */
  readonly size: number;
}

/**
 * Creates an in-run duplicate detector. It keeps one entry per record id (the highest version and
 * the first 16 hex characters of its content hash, about 150 bytes each), so a run of a million
 * records costs on the order of 150 MB; across runs the state store's ledger answers instead.
 *
 * @example
 * const detector = createDuplicateDetector();
 * if (detector.check(dedupeKey('penalty', record)) !== 'new') skip(record);
 */
export function createDuplicateDetector(): DuplicateDetector {
  const seen = new Map<string, { version: number; hash: string }>();
  return {
    check(key) {
      const id = `${key.recordType}\u001f${key.recordId}`;
      const hash = key.contentHash.slice(0, 16);
      const previous = seen.get(id);
      if (previous === undefined || key.version > previous.version) {
        seen.set(id, { version: key.version, hash });
        return 'new';
      }
      if (key.version < previous.version) return 'stale';
      return previous.hash === hash ? 'duplicate' : 'conflict';
    },
    get size() {
      return seen.size;
    },
  };
}
