import { hash } from 'node:crypto';
import type { AnyRecord, RecordType } from '@credit-bridge/core';
import { canonicalJson } from './canonical-json.js';

/**
 * What identifies one delivery of a record: its type, stable id and version, and the SM3 digest of
 * its content. The same key means the same bytes were meant, so a platform that accepted it needs
 * nothing more; a new content hash under the same version is a conflict (a changed record must raise
 * its version).
 */
export interface DedupeKey {
  readonly recordType: RecordType;
  readonly recordId: string;
  readonly version: number;
  /** SM3 of the record's canonical JSON, 64 lower-case hex characters. */
  readonly contentHash: string;
}

/**
 * The SM3 digest (hex) of a record's canonical JSON ({@link canonicalJson}): independent of key order,
 * changed by any change of any value, meta fields included.
 *
 * @example
 * contentHash(penalty); // '6f0b…' (64 hex characters)
 */
export function contentHash(record: unknown): string {
  // node:crypto's one-shot hash straight from the string (UTF-8): no Hash object and no intermediate
  // byte copy, once per record of every run (Node ≥ 20.12).
  return hash('sm3', canonicalJson(record), 'hex');
}

/**
 * The {@link DedupeKey} of a validated record.
 *
 * @example
 * dedupeKey('penalty', penalty); // { recordType: 'penalty', recordId: 'CF-2026-0001', version: 1, contentHash: '…' }
 */
export function dedupeKey(recordType: RecordType, record: AnyRecord): DedupeKey {
  return { recordType, recordId: record.recordId, version: record.version, contentHash: contentHash(record) };
}

/**
 * A dedupe key as one string, for maps and logs: the parts joined with U+001F (a record id cannot
 * hold it, being text without control characters in practice, and the other parts cannot at all).
 *
 * @example
 * formatDedupeKey(key); // 'penalty\u001fCF-2026-0001\u001f1\u001f6f0b…'
 */
export function formatDedupeKey(key: DedupeKey): string {
  return [key.recordType, key.recordId, String(key.version), key.contentHash].join('\u001f');
}
