import { MONEY_UNITS, RECORD_TYPES } from '@credit-bridge/core';
import { z } from 'zod';

// The pieces of a sync configuration, shared by the runner's `syncConfigSchema` and by the command
// line's config file, which adds secrets as `{ env }` references, state and output paths and the
// mirror's policy around the same streams, sources, mappings, sinks and limits.

const name = z.string().trim().min(1);
const whole = z.number().int().min(1);
const textMap = z.record(z.string(), z.string());

/** One transform of a mapped column. */
export const transformConfigSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('halfWidth') }),
  z.strictObject({ type: z.literal('replace'), values: textMap }),
  z.strictObject({ type: z.literal('default'), value: z.string() }),
  z.strictObject({ type: z.literal('date'), format: name.optional(), excelSerial: z.boolean().optional() }),
  z.strictObject({ type: z.literal('amount'), unit: z.enum(MONEY_UNITS) }),
  z.strictObject({ type: z.literal('code'), synonyms: textMap }),
]);

/** A stream's mapping: columns (with transforms), constants, code synonyms, ignored columns, presets. */
export const mappingConfigSchema = z.strictObject({
  columns: z
    .record(
      z.string(),
      z.union([
        name,
        z.strictObject({
          field: name,
          transform: z.union([transformConfigSchema, z.array(transformConfigSchema)]).optional(),
        }),
      ]),
    )
    .optional(),
  constants: z.record(z.string(), z.unknown()).optional(),
  synonyms: z.record(z.string(), textMap).optional(),
  ignore: z.array(z.string()).optional(),
  autoMap: z.boolean().optional(),
  preset: z.literal('generation-1').optional(),
});

/** The sources a file names: CSV, JSONL and XLSX. */
export const fileSourceConfigSchemas = [
  z.strictObject({
    kind: z.literal('csv'),
    path: name,
    encoding: z.enum(['auto', 'utf-8', 'gbk', 'gb18030']).optional(),
    delimiter: z.string().length(1).optional(),
    headerRow: whole.optional(),
  }),
  z.strictObject({ kind: z.literal('jsonl'), path: name }),
  z.strictObject({
    kind: z.literal('xlsx'),
    path: name,
    sheet: z.union([name, whole]).optional(),
    headerRow: whole.optional(),
  }),
] as const;

/** A source the caller hands the runner in code (database rows, any async iterable), by name. */
export const customSourceConfigSchema = z.strictObject({
  kind: z.literal('custom'),
  name,
  fingerprint: z.string().optional(),
});

/** Where a stream's records go. */
export const sinkConfigSchema = z.discriminatedUnion('platform', [
  z.strictObject({ platform: z.literal('credit') }),
  z.strictObject({
    platform: z.literal('exchange'),
    receiverCode: name,
    /** Default the record type's: XZCF, XZXK, SXMD, XYXF. */
    messageType: z.enum(['XZCF', 'XZXK', 'SXMD', 'XYXF']).optional(),
    resourceCode: name.optional(),
  }),
]);

/** A stream whose source is one of `sources`. */
export function streamConfigSchema<Source extends z.ZodType>(source: Source) {
  return z.strictObject({
    /** Unique; names the checkpoints (`<name>→<sink>`), reports and progress. */
    name,
    recordType: z.enum(RECORD_TYPES),
    source,
    mapping: mappingConfigSchema.optional(),
    sinks: z.array(sinkConfigSchema).min(1),
  });
}

/** How either platform is reached and how hard it may be pressed (secrets are never part of it). */
export const platformConnectionShape = {
  baseUrl: z.url({ protocol: /^https?$/ }),
  appKey: name,
  signMethod: z.enum(['HMAC-SM3', 'HMAC-SHA256']).optional(),
  /** Deliveries in flight to the platform at once, across every stream; default 4. */
  concurrency: whole.max(64).optional(),
  /** Requests per second to the platform; default no limit. */
  ratePerSecond: z.number().positive().optional(),
  /** Requests that may go at once after a pause; default the concurrency. */
  burst: whole.optional(),
  /** Records per delivery; default the contract's limit. */
  maxRecords: whole.optional(),
  /** Bytes per delivery body; default the contract's limit. */
  maxBytes: whole.optional(),
  /** The transport's timeouts, in milliseconds. */
  attemptTimeoutMs: whole.optional(),
  deadlineMs: whole.optional(),
  /** Retries inside the transport: attempts per request (first included) and backoff; default the transport's. */
  retry: z
    .strictObject({
      maxAttempts: whole.max(20).optional(),
      baseDelayMs: z.number().int().min(0).optional(),
      maxDelayMs: z.number().int().min(0).optional(),
    })
    .optional(),
};

/** What only the exchange platform's connection has. */
export const exchangeConnectionShape = {
  /** USCC of the sending department. */
  senderCode: name,
  /** GB/T 2260 code in every message header; default the one in `senderCode`. */
  regionCode: z
    .string()
    .regex(/^\d{6}$/, 'six digits (GB/T 2260)')
    .optional(),
  /** Encoding of published messages; default UTF-8. */
  encoding: z.enum(['UTF-8', 'GB18030']).optional(),
  digestAlgorithm: z.enum(['SM3', 'SHA-256']).optional(),
};

/** How a run reads and delivers: read thread, in-flight bound, tries per batch, retry waits, progress cadence. */
export const deliveryConfigSchema = z.strictObject({
  /**
   * Read file sources (CSV, JSONL, XLSX) in a worker thread: decoding, parsing, mapping, validation and
   * the dedupe keys' hashing then run beside the thread that judges and delivers, with the same records,
   * dead letters and counts. By default a file of at least 4 MiB is, on a machine with at least 4 CPUs
   * (`os.availableParallelism()`): smaller files are read faster than a worker starts, and on fewer CPUs
   * the worker's extra CPU and memory outweigh its speed. `true` reads every file source in a worker,
   * `false` none. `custom` sources are always read in the run's thread.
   */
  readInWorker: z.boolean().optional(),
  /** Records read but not yet settled at every sink; reading waits above it. Default 5,000. */
  maxInFlightRecords: whole.optional(),
  /** Tries of one batch in a run (first included) before its sink is left for the next run; default 5. */
  maxBatchAttempts: whole.max(100).optional(),
  /** First wait before a failed batch is tried again, doubling each time; default 1,000 ms. */
  retryDelayMs: z.number().int().min(0).optional(),
  maxRetryDelayMs: z.number().int().min(0).optional(),
  /** Least time between progress events of a stream; default 1,000 ms. */
  progressIntervalMs: z.number().int().min(0).optional(),
});

/** Where dead letters go (JSONL). */
export const deadLettersConfigSchema = z.strictObject({ path: name });
