import type { AnyRecord, RecordType } from '@credit-bridge/core';
import type {
  CreditPlatformClient,
  EncodedRecord,
  SubmitOptions,
  SubmitOutcome,
} from '@credit-bridge/credit-platform';
import { settleDelivery } from './internal/settle-delivery.js';
import { withinLimit } from './internal/within-limit.js';
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
    deliver: (records, deliverOptions = {}) =>
      settleDelivery(
        records.length,
        () =>
          submit(records, {
            signal: deliverOptions.signal,
            encoded: records.map((record) => encodings.get(record)),
          }),
        (outcome) => ({
          receipt: {
            idempotencyKeys: outcome.batches.map((batch) => batch.idempotencyKey),
            requestIds: outcome.batches.map((batch) => batch.requestId),
            replayed: outcome.batches.some((batch) => batch.replayed),
          },
          attempts: outcome.batches.reduce((sum, batch) => sum + batch.attempts, 0),
        }),
      ),
  };
}

type Submit = (records: readonly AnyRecord[], options: SubmitOptions) => Promise<SubmitOutcome>;

// One submit per record type; the casts are safe because a sink carries records of its own type only,
// and the encodings are the client's own, made for these very records (it checks both before using one).
function submitterOf(client: CreditPlatformClient, recordType: RecordType): Submit {
  const operations: Record<RecordType, { submit: Submit }> = {
    penalty: client.penalties as unknown as { submit: Submit },
    license: client.licenses as unknown as { submit: Submit },
    blacklist: client.blacklist as unknown as { submit: Submit },
    repair: client.repairs as unknown as { submit: Submit },
  };
  const operation = operations[recordType];
  return (records, options) => operation.submit(records, options);
}

function within(name: string, value: number | undefined, limit: number): number {
  return withinLimit({ sink: 'createCreditPlatformSink', name, of: "the profile's" }, value, limit);
}
