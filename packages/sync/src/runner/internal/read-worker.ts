import { parentPort, workerData } from 'node:worker_threads';
import { createRowMapper } from '../../mapping/create-row-mapper.js';
import { openSource } from './open-source.js';
import { type ReadItem, readRecords } from './read-records.js';
import type { ReadWorkerCredit, ReadWorkerInput, ReadWorkerMessage } from './read-worker-protocol.js';
import { transferError } from './transfer-error.js';

// The read worker's entry (started by `startReadWorker`, built as `dist/read-worker.js`): it runs
// `readRecords` on a file source and posts the items by the chunk, never more than its credit ahead of
// what the main thread has taken, so memory stays flat however large the file. Dead letters leave with
// an empty `at`: the main thread stamps them by the run's clock.

const port = parentPort;
if (port === null) throw new Error('read-worker runs only as a worker thread');
const input = workerData as ReadWorkerInput;

let credit = input.credit;
let wake: (() => void) | undefined;
port.on('message', (message: ReadWorkerCredit) => {
  if (message.type !== 'credit') return;
  credit += 1;
  wake?.();
  wake = undefined;
});

const post = (message: ReadWorkerMessage) => port.postMessage(message);

async function read(): Promise<void> {
  const tally = { read: 0, resumed: 0 };
  let reported = 0;
  const send = async (items: ReadItem[]) => {
    while (credit === 0) await new Promise<void>((resolve) => (wake = resolve));
    credit -= 1;
    post({ type: 'chunk', items, resumed: tally.resumed - reported });
    reported = tally.resumed;
  };
  const mapper = createRowMapper({ recordType: input.recordType, ...input.mapping } as Parameters<
    typeof createRowMapper
  >[0]);
  const items = readRecords({
    rows: openSource(input.source, {}).rows,
    recordType: input.recordType,
    mapper,
    today: input.today,
    skipThrough: input.skipThrough,
    now: () => '',
    tally,
  });
  let chunk: ReadItem[] = [];
  for await (const item of items) {
    chunk.push(item);
    if (chunk.length < input.chunkItems) continue;
    await send(chunk);
    chunk = [];
  }
  if (chunk.length > 0) await send(chunk);
  post({ type: 'end', resumed: tally.resumed - reported });
}

read().catch((error: unknown) => post({ type: 'error', error: transferError(error) }));
