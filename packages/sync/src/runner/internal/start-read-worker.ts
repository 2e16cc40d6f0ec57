import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import type { ReadWorkerInput } from './read-worker-protocol.js';

// CSV and JSONL are read with flat memory, so their worker gets a small heap: its young generation
// alone would otherwise grow to tens of megabytes of resident memory. An XLSX reader holds the
// workbook's shared strings, as large as the workbook makes them, so its worker keeps V8's defaults
// for the old generation.
const FLAT_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 };
const XLSX_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 4 };

/**
 * Starts the read worker on `input`. Built, the entry is `read-worker.js` beside this module's chunk in
 * `dist/`. From TypeScript source (vitest, tsx) the entry is `read-worker.ts`: Node 20 passes neither
 * the parent's loader hooks nor an `--import tsx` in `execArgv` on to a worker, so the worker registers
 * tsx's CommonJS hooks (in its own thread, where the ESM hooks would start a loader thread of their
 * own) and requires the entry, with workspace packages resolved to their source.
 *
 * @example
 * const worker = startReadWorker({ source, recordType: 'penalty', mapping, today, skipThrough: 0, chunkItems: 256, credit: 3 });
 */
export function startReadWorker(input: ReadWorkerInput): Worker {
  const resourceLimits = input.source.kind === 'xlsx' ? XLSX_LIMITS : FLAT_LIMITS;
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./read-worker.js', import.meta.url), { workerData: input, resourceLimits });
  }
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  const entry = fileURLToPath(new URL('./read-worker.ts', import.meta.url));
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`, {
    eval: true,
    workerData: input,
    resourceLimits,
    execArgv: ['--conditions=@credit-bridge/source'],
  });
}
