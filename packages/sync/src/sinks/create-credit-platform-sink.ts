import {
  type AnyRecord,
  type BlacklistEntry,
  CreditBridgeError,
  type LicenseRecord,
  type PenaltyRecord,
  type RecordType,
  type RepairRecord,
} from '@credit-bridge/core';
import type { CreditPlatformClient, EncodedRecord, SubmitOutcome } from '@credit-bridge/credit-platform';
import { failedDelivery } from './internal/failed-delivery.js';
import { recordOutcomes } from './internal/record-outcomes.js';
import type { Sink } from './sink.js';

/** Options of {@link createCreditPlatformSink}. */
export interface CreditPlatformSinkOptions {
  client: CreditPlatformClient;
  recordType: RecordType;
  /** Records per delivery, at most the profile's `recordsPerBatch` (its default). */
  maxRecords?: number | undefined;
  /** Bytes per body, at most the profile's `maxBodyBytes` (its default). */
  maxBytes?: number | undefined;
  /** The ledger's name for the sink; default `credit-platform`. */
  id?: string | undefined;
}

// The body the client builds: {"records":[ … , … ]}.
const BODY_OVERHEAD = '{"records":[]}'.length;

/**
 * A sink to the city credit platform for one record type: each delivery is one `submit` call that fits
 * one request (the runner batches within the profile's limits), whose idempotency key the client derives
 * from the records' ids and versions, so a resend after a crash is answered `duplicate`, not stored twice.
 *
 * @example
 * const sink = createCreditPlatformSink({ client, recordType: 'penalty' });
 * const { outcomes } = await sink.deliver(penalties);
 */
export function createCreditPlatformSink(options: CreditPlatformSinkOptions): Sink {
  const { client, recordType } = options;
  const { profile } = client;
  const submit = submitterOf(client, recordType);
  // Measuring a record encodes it; the submit sends that encoding instead of encoding it again.
  const encodings = new WeakMap<AnyRecord, EncodedRecord>();
  return {
    id: options.id ?? 'credit-platform',
    platform: 'credit',
    recordType,
    limits: {
      maxRecords: within('maxRecords', options.maxRecords, profile.batchLimits.recordsPerBatch),
      maxBytes: within('maxBytes', options.maxBytes, profile.batchLimits.maxBodyBytes),
      overheadBytes: BODY_OVERHEAD,
      separatorBytes: 1,
    },
    measure(record) {
      const encoded = client.encode(recordType, record);
      encodings.set(record, encoded);
      return encoded.bytes;
    },
    async deliver(records, deliverOptions = {}) {
      let outcome: SubmitOutcome;
      try {
        const encoded = records.map((record) => encodings.get(record));
        outcome = await submit(records, { signal: deliverOptions.signal, encoded });
      } catch (error) {
        return failedDelivery(records.length, error);
      }
      const outcomes = recordOutcomes(outcome.results);
      return {
        outcomes,
        receipt: {
          idempotencyKeys: outcome.batches.map((batch) => batch.idempotencyKey),
          requestIds: outcome.batches.map((batch) => batch.requestId),
          replayed: outcome.batches.some((batch) => batch.replayed),
        },
        attempts: outcome.batches.reduce((sum, batch) => sum + batch.attempts, 0),
      };
    },
  };
}

interface SubmitOptions {
  signal: AbortSignal | undefined;
  encoded: readonly (EncodedRecord | undefined)[];
}

type Submit = (records: readonly AnyRecord[], options: SubmitOptions) => Promise<SubmitOutcome>;

// The encodings are the client's own, made for these very records (it checks both before using one).
function submitterOf(client: CreditPlatformClient, recordType: RecordType): Submit {
  switch (recordType) {
    case 'penalty':
      return (records, { signal, encoded }) =>
        client.penalties.submit(records as readonly PenaltyRecord[], {
          signal,
          encoded: encoded as readonly (EncodedRecord<'penalty'> | undefined)[],
        });
    case 'license':
      return (records, { signal, encoded }) =>
        client.licenses.submit(records as readonly LicenseRecord[], {
          signal,
          encoded: encoded as readonly (EncodedRecord<'license'> | undefined)[],
        });
    case 'blacklist':
      return (records, { signal, encoded }) =>
        client.blacklist.submit(records as readonly BlacklistEntry[], {
          signal,
          encoded: encoded as readonly (EncodedRecord<'blacklist'> | undefined)[],
        });
    case 'repair':
      return (records, { signal, encoded }) =>
        client.repairs.submit(records as readonly RepairRecord[], {
          signal,
          encoded: encoded as readonly (EncodedRecord<'repair'> | undefined)[],
        });
  }
}

function within(name: string, value: number | undefined, limit: number): number {
  if (value === undefined) return limit;
  if (!(Number.isSafeInteger(value) && value >= 1 && value <= limit)) {
    throw new CreditBridgeError({
      code: 'E_SYNC_CONFIG',
      message: `[createCreditPlatformSink] ${name} must be a whole number from 1 to ${limit} (the profile's limit), got ${value}`,
    });
  }
  return value;
}
