import type { RecordOf, RecordType } from '@credit-bridge/core';
import type { CallOptions } from './call-options.js';

/**
 * A record encoded for the platform by `client.encode`: the JSON a submit sends for it (core's wire
 * mapping under the profile's column names) and that JSON's size in bytes. Made for callers that size
 * batches before submitting (the sync engine does), so each record is encoded once, not twice.
 */
export interface EncodedRecord<T extends RecordType = RecordType> {
  readonly type: T;
  /** The record as it was encoded; a submit uses the JSON only for this very object. */
  readonly record: RecordOf<T>;
  /** The JSON sent, decoded from the encoding's UTF-8 when read (a getter: a spread copy has none). */
  readonly json: string;
  readonly bytes: number;
}

/** What a `submit` accepts besides its records. */
export interface SubmitOptions<T extends RecordType = RecordType> extends CallOptions {
  /**
   * Encodings from this client's `encode`, by input position. An entry is used only if this client
   * made it for the same record object at that position; otherwise that record is encoded again.
   */
  encoded?: readonly (EncodedRecord<T> | undefined)[] | undefined;
}
