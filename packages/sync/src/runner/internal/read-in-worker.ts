import type { Worker } from 'node:worker_threads';
import { CreditBridgeError } from '@credit-bridge/core';
import type { ReadItem, ReadRecordsOptions } from './read-records.js';
import type { ReadWorkerCredit, ReadWorkerInput, ReadWorkerMessage } from './read-worker-protocol.js';
import { startReadWorker } from './start-read-worker.js';
import { reviveError } from './transfer-error.js';

/** What {@link readInWorker} needs: `readRecords`' options, with the source and mapping as configured. */
export interface ReadInWorkerOptions
  extends Pick<ReadRecordsOptions, 'recordType' | 'today' | 'skipThrough' | 'now' | 'tally'>,
    Pick<ReadWorkerInput, 'source' | 'mapping'> {
  /** Items per message from the worker; default 256. */
  readonly chunkItems?: number;
  /** Chunks the worker may read ahead of the consumer; default 3. */
  readonly credit?: number;
}

// A few hundred items per message keep the cost of a message negligible; three chunks ahead keep the
// worker busy while the main thread judges and sends, and bound what waits in memory to ~1,000 items.
const CHUNK_ITEMS = 256;
const CREDIT = 3;

type Delivery = ReadWorkerMessage | { readonly type: 'failure'; readonly error: unknown };

/**
 * `readRecords` on a file source (CSV, JSONL, XLSX), run in a worker thread: the same items in the same
 * order, the same dead letters stamped by the run's clock as they are handed on, and `tally` counted as
 * the items are taken. Reading, mapping, validation and the dedupe keys' hashing leave the thread that
 * judges and delivers. An error in the worker is thrown here as the same error (code, message,
 * details); stopping early (`return`, `throw`, `break`) terminates the worker.
 *
 * @example
 * for await (const item of readInWorker({ source: { kind: 'csv', path: '处罚.csv' }, recordType: 'penalty', mapping, today, skipThrough: 0, now, tally })) …
 */
export async function* readInWorker(options: ReadInWorkerOptions): AsyncGenerator<ReadItem> {
  const { tally, now } = options;
  const worker = startReadWorker({
    source: options.source,
    recordType: options.recordType,
    mapping: options.mapping,
    today: options.today,
    skipThrough: options.skipThrough,
    chunkItems: options.chunkItems ?? CHUNK_ITEMS,
    credit: options.credit ?? CREDIT,
  });
  const inbox = listen(worker);
  try {
    for (;;) {
      const message = await inbox.next();
      switch (message.type) {
        case 'chunk':
          worker.postMessage({ type: 'credit' } satisfies ReadWorkerCredit);
          tally.resumed += message.resumed;
          for (const item of message.items) {
            tally.read += 1;
            if (item.kind === 'reject') (item.letter as { at: string }).at = now();
            yield item;
          }
          break;
        case 'end':
          tally.resumed += message.resumed;
          return;
        case 'error':
          throw reviveError(message.error);
        case 'failure':
          throw message.error;
      }
    }
  } finally {
    inbox.close();
    await worker.terminate();
  }
}

interface Inbox {
  next(): Promise<Delivery>;
  /** Stops listening to the worker. */
  close(): void;
}

function listen(worker: Worker): Inbox {
  const queue: Delivery[] = [];
  let waiting: ((delivery: Delivery) => void) | undefined;
  const deliver = (delivery: Delivery) => {
    const resolve = waiting;
    waiting = undefined;
    if (resolve === undefined) queue.push(delivery);
    else resolve(delivery);
  };
  const failed = (error: unknown) => deliver({ type: 'failure', error });
  const exited = (code: number) =>
    failed(
      new CreditBridgeError({
        code: 'E_SYNC_READ_WORKER',
        message: `[readInWorker] the read worker stopped (exit code ${code}) before the end of its source`,
        details: { exitCode: code },
      }),
    );
  worker.on('message', deliver);
  worker.on('error', failed);
  worker.on('messageerror', failed);
  worker.on('exit', exited);
  return {
    next: () => {
      const next = queue.shift();
      return next === undefined ? new Promise((resolve) => (waiting = resolve)) : Promise.resolve(next);
    },
    close: () => {
      worker.off('message', deliver);
      worker.off('error', failed);
      worker.off('messageerror', failed);
      worker.off('exit', exited);
    },
  };
}
