import { statSync } from 'node:fs';
import type { SourceConfig } from '../sync-config.js';

/** How a run reads file sources: always in a worker, never, or by the file's size (the default). */
export type ReadInWorkerMode = boolean | 'auto';

/**
 * Below this many bytes a file is read in the run's own thread by default: starting a worker (a second
 * V8 isolate loading the reading, mapping and validation code) costs more than it saves on a few
 * thousand rows. About 8,000 penalty rows.
 */
export const WORKER_MIN_BYTES = 4 * 1024 * 1024;

/**
 * Below this many CPUs a file is read in the run's own thread by default. Measured on 2 CPUs, the worker
 * made a sync 1.0–1.3× faster against the mock platform on the same cores (200k penalties) and 1.1–1.6×
 * against one that answers at once (1M), for 15–30% more CPU per record; and with the main thread's
 * garbage left to V8's background marking on the same two cores, peak RSS went from 230–260 MB to
 * 320–530 MB. A small host keeps its memory and CPU by default; `readInWorker: true` buys the speed.
 */
export const WORKER_MIN_CPUS = 4;

/**
 * Whether a stream's source is read in a worker thread: never a `custom` source (a caller's iterable
 * cannot move), always a file source when `mode` is `true`, and by default (`auto`) a file of at least
 * {@link WORKER_MIN_BYTES} on a machine with at least {@link WORKER_MIN_CPUS} CPUs. A file that cannot be
 * measured is read in the run's thread, where reading it reports why.
 *
 * @example
 * readsInWorker('auto', { kind: 'csv', path: '处罚.csv' }, 8); // true for a 100 MB export on 8 CPUs
 */
export function readsInWorker(mode: ReadInWorkerMode, source: SourceConfig, parallelism: number): boolean {
  if (source.kind === 'custom' || mode === false) return false;
  if (mode === true) return true;
  if (parallelism < WORKER_MIN_CPUS) return false;
  try {
    return statSync(source.path).size >= WORKER_MIN_BYTES;
  } catch {
    return false;
  }
}
