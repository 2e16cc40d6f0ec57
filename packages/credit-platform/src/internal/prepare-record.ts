import {
  type CreditPlatformProfile,
  isCreditBridgeError,
  type RecordOf,
  type RecordType,
  validateRecord,
} from '@credit-bridge/core';
import type { PrecheckMode } from '../client/resolve-credit-platform-options.js';
import type { EncodedRecord } from '../model/encoded-record.js';
import type { PlatformIssue } from '../model/platform-issue.js';
import type { RecordResult } from '../model/submit-outcome.js';
import { wireNameOf } from './record-codec.js';
import type { RecordEncoder } from './record-encoder.js';

/** A record ready to send: where it came from, its id and version, its encoding and that encoding's size. */
export interface PreparedRecord {
  index: number;
  recordId: string;
  version: number;
  encoding: EncodedRecord;
  bytes: number;
}

function localRejection(index: number, record: unknown, errors: PlatformIssue[]): RecordResult {
  const recordId = (record as { recordId?: unknown } | null)?.recordId;
  return {
    index,
    recordId: typeof recordId === 'string' ? recordId : null,
    status: 'rejected',
    errors,
    judgedBy: 'client',
  };
}

/**
 * Pre-checks and encodes one record locally. Rejected, never sent: a record core's `validateRecord`
 * finds fault with (unless the pre-check is `off`; issues name the platform's column), a value the wire
 * codec cannot write, a record too large for any body. Otherwise the JSON to send, under the profile's
 * column names. The platform judges again: the pre-check only spares it (and the batch) obvious garbage.
 * An `encoded` form the context's encoder made for this very record is sent as it is, not encoded again.
 *
 * @example
 * const prepared = prepareRecord({ profile, precheck: 'strict', overheadBytes: 14, encoder }, 'penalty', record, 0);
 * if ('encoding' in prepared) send(prepared.encoding.json);
 */
export function prepareRecord<T extends RecordType>(
  context: {
    profile: CreditPlatformProfile;
    precheck: PrecheckMode;
    overheadBytes: number;
    encoder: RecordEncoder;
  },
  type: T,
  record: RecordOf<T>,
  index: number,
  encoded?: EncodedRecord | undefined,
): PreparedRecord | RecordResult {
  const { profile, precheck } = context;
  if (precheck !== 'off') {
    const checked = validateRecord(type, record, { idMode: precheck });
    if (!checked.ok) {
      return localRejection(
        index,
        record,
        checked.issues.map((issue) => ({
          code: issue.code,
          field: wireNameOf(profile, type, issue.path) ?? issue.path.join('.'),
          message: issue.message,
        })),
      );
    }
  }
  let reused = context.encoder.reuse(type, record, encoded);
  if (reused === undefined) {
    try {
      reused = context.encoder.encode(type, record);
    } catch (error) {
      if (!isCreditBridgeError(error)) throw error;
      return localRejection(index, record, [{ code: error.code, message: error.message }]);
    }
  }
  const { bytes } = reused;
  if (bytes + context.overheadBytes > profile.batchLimits.maxBodyBytes) {
    return localRejection(index, record, [
      {
        code: 'E_PAYLOAD_TOO_LARGE',
        message: `${bytes} bytes; no body may exceed ${profile.batchLimits.maxBodyBytes}`,
      },
    ]);
  }
  return { index, recordId: String(record.recordId), version: record.version, encoding: reused, bytes };
}
