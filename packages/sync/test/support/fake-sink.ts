import type { AnyRecord, RecordType } from '@credit-bridge/core';
import type { Sink, SinkDelivery, SinkOutcome, SinkPlatform } from '../../src/index.js';

/** Decides a delivery's outcomes instead of the simulated platform; `undefined` lets the platform answer. */
export type FakeAnswer = (
  records: readonly AnyRecord[],
  call: number,
) => Promise<SinkOutcome[] | undefined> | SinkOutcome[] | undefined;

/** Options of {@link createFakeSink}. */
export interface FakeSinkOptions {
  readonly id?: string;
  readonly platform?: SinkPlatform;
  readonly recordType?: RecordType;
  readonly maxRecords?: number;
  readonly maxBytes?: number;
  readonly answer?: FakeAnswer;
}

/** A sink over an in-memory platform that versions records as the real ones do, recording every call. */
export interface FakeSink extends Sink {
  /** The records of every delivery, in call order. */
  readonly calls: AnyRecord[][];
  /** What the platform holds: record id → the version stored and how many times a version was stored. */
  readonly held: Map<string, { version: number; record: AnyRecord; stored: number }>;
}

/**
 * Creates a sink for runner tests: a platform in memory that stores a new record or a higher version
 * (`accepted`), answers `duplicate` for the version it holds and `rejected` (`E_STALE_VERSION`) for an
 * older one; `answer` can take over a call (failures, slow or out-of-order answers).
 *
 * @example
 * const sink = createFakeSink({ maxRecords: 10, answer: (records, call) => (call === 1 ? failed(records) : undefined) });
 */
export function createFakeSink(options: FakeSinkOptions = {}): FakeSink {
  const calls: AnyRecord[][] = [];
  const held = new Map<string, { version: number; record: AnyRecord; stored: number }>();
  const judge = (record: AnyRecord): SinkOutcome => {
    const current = held.get(record.recordId);
    if (current !== undefined && current.version === record.version) return { status: 'duplicate' };
    if (current !== undefined && current.version > record.version) {
      return {
        status: 'rejected',
        issues: [
          { code: 'E_STALE_VERSION', field: 'RECORD_VERSION', message: 'older than the stored version' },
        ],
      };
    }
    held.set(record.recordId, { version: record.version, record, stored: (current?.stored ?? 0) + 1 });
    return { status: 'accepted' };
  };
  return {
    id: options.id ?? 'credit-platform',
    platform: options.platform ?? 'credit',
    recordType: options.recordType ?? 'penalty',
    limits: {
      maxRecords: options.maxRecords ?? 50,
      maxBytes: options.maxBytes ?? 1_000_000,
      overheadBytes: 14,
      separatorBytes: 1,
    },
    measure: (record) => Buffer.byteLength(JSON.stringify(record)),
    calls,
    held,
    async deliver(records): Promise<SinkDelivery> {
      calls.push([...records]);
      const answered = await options.answer?.(records, calls.length);
      return {
        outcomes: answered ?? records.map(judge),
        receipt: { call: calls.length },
        attempts: 1,
      };
    },
  };
}

/** Outcomes of a delivery that failed as a whole. */
export function failedOutcomes(records: readonly unknown[], retryable: boolean): SinkOutcome[] {
  return records.map(() => ({
    status: 'failed',
    failure: { code: retryable ? 'E_HTTP_STATUS' : 'E_AUTH_SIGNATURE', message: 'refused', retryable },
  }));
}
