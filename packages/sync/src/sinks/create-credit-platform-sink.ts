import {
  type AnyRecord,
  type BlacklistEntry,
  CreditBridgeError,
  type LicenseRecord,
  type PenaltyRecord,
  type RecordType,
  type RepairRecord,
  renameWireFields,
  toWireRecord,
} from '@credit-bridge/core';
import type { CreditPlatformClient, SubmitOutcome } from '@credit-bridge/credit-platform';
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
  const renamed = Object.keys(profile.wireFieldRenames ?? {}).length > 0;
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
      const wire = toWireRecord(recordType, record);
      return Buffer.byteLength(
        JSON.stringify(renamed ? renameWireFields(profile, wire, 'toPlatform') : wire),
      );
    },
    async deliver(records, deliverOptions = {}) {
      let outcome: SubmitOutcome;
      try {
        outcome = await submit(records, deliverOptions.signal);
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

type Submit = (records: readonly AnyRecord[], signal: AbortSignal | undefined) => Promise<SubmitOutcome>;

function submitterOf(client: CreditPlatformClient, recordType: RecordType): Submit {
  switch (recordType) {
    case 'penalty':
      return (records, signal) => client.penalties.submit(records as readonly PenaltyRecord[], { signal });
    case 'license':
      return (records, signal) => client.licenses.submit(records as readonly LicenseRecord[], { signal });
    case 'blacklist':
      return (records, signal) => client.blacklist.submit(records as readonly BlacklistEntry[], { signal });
    case 'repair':
      return (records, signal) => client.repairs.submit(records as readonly RepairRecord[], { signal });
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
