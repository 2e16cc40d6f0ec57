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
 * Whether a stream's source is read in a worker thread: never a `custom` source (a caller's iterable
 * cannot move), always a file source when `mode` is `true`, and by default (`auto`) a file of at least
 * {@link WORKER_MIN_BYTES} on a machine with more than one CPU. A file that cannot be measured is read in
 * the run's thread, where reading it reports why.
 *
 * @example
 * readsInWorker('auto', { kind: 'csv', path: '处罚.csv' }, availableParallelism()); // true for a 100 MB export
 */
export function readsInWorker(mode: ReadInWorkerMode, source: SourceConfig, parallelism: number): boolean {
  if (source.kind === 'custom' || mode === false) return false;
  if (mode === true) return true;
  if (parallelism < 2) return false;
  try {
    return statSync(source.path).size >= WORKER_MIN_BYTES;
  } catch {
    return false;
  }
}
