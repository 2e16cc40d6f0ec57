import type { CreditPlatformProfile, RecordOf, RecordType } from '@credit-bridge/core';
import type { EncodedRecord } from '../model/encoded-record.js';
import { encodeRecordJson } from './record-codec.js';

/** Encodes records once for a client and recognises its own encodings when a submit is handed them. */
export interface RecordEncoder {
  /** Encodes a record; throws core's `E_WIRE_VALUE` for a value the wire cannot carry. */
  encode<T extends RecordType>(type: T, record: RecordOf<T>): EncodedRecord<T>;
  /** The encoding to send for `record`, if `candidate` is one this encoder made for that very object. */
  reuse(type: RecordType, record: unknown, candidate: EncodedRecord | undefined): EncodedRecord | undefined;
}

/**
 * The encoder of one client's profile. Only encodings it made itself are reused, so a submit never
 * sends JSON that this client's own wire mapping did not write.
 *
 * @example
 * const encoder = createRecordEncoder(profile);
 * const encoded = encoder.encode('penalty', penalty); // { json: '{"RECORD_ID":…}', bytes: 1234, … }
 */
export function createRecordEncoder(profile: CreditPlatformProfile): RecordEncoder {
  const made = new WeakSet<EncodedRecord>();
  return {
    encode(type, record) {
      const json = encodeRecordJson(profile, type, record);
      const encoded = Object.freeze({ type, record, json, bytes: Buffer.byteLength(json) });
      made.add(encoded);
      return encoded;
    },
    reuse(type, record, candidate) {
      if (candidate === undefined || !made.has(candidate)) return undefined;
      return candidate.type === type && candidate.record === record ? candidate : undefined;
    },
  };
}
