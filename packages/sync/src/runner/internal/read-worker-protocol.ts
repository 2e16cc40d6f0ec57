import type { CalendarDate, RecordType } from '@credit-bridge/core';
import type { SourceConfig, StreamConfig } from '../sync-config.js';
import type { ReadItem } from './read-records.js';
import type { TransferredError } from './transfer-error.js';

/** What the read worker is started with (its `workerData`): everything `readRecords` needs but the clock. */
export interface ReadWorkerInput {
  /** A file source (CSV, JSONL, XLSX): the worker opens it by its path. */
  readonly source: Exclude<SourceConfig, { kind: 'custom' }>;
  readonly recordType: RecordType;
  readonly mapping: StreamConfig['mapping'];
  readonly today: CalendarDate;
  readonly skipThrough: number;
  /** Items per chunk message. */
  readonly chunkItems: number;
  /** Chunks the worker may post before the main thread takes one: its read-ahead. */
  readonly credit: number;
}

/**
 * A message from the read worker, in order: chunks, then one `end` or one `error`. Dead letters in a
 * chunk have an empty `at`: the main thread stamps them by the run's clock as it hands them on.
 * `resumed` counts the rows skipped as settled since the previous message.
 */
export type ReadWorkerMessage =
  | { readonly type: 'chunk'; readonly items: ReadItem[]; readonly resumed: number }
  | { readonly type: 'end'; readonly resumed: number }
  | { readonly type: 'error'; readonly error: TransferredError };

/** The main thread took a chunk: the worker may post one more. */
export interface ReadWorkerCredit {
  readonly type: 'credit';
}
