import { CreditBridgeError, MONEY_UNITS, RECORD_TYPES } from '@credit-bridge/core';
import { z } from 'zod';

const name = z.string().trim().min(1);
const whole = z.number().int().min(1);
const textMap = z.record(z.string(), z.string());

const transformSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('halfWidth') }),
  z.strictObject({ type: z.literal('replace'), values: textMap }),
  z.strictObject({ type: z.literal('default'), value: z.string() }),
  z.strictObject({
    type: z.literal('date'),
    format: z.string().optional(),
    excelSerial: z.boolean().optional(),
  }),
  z.strictObject({ type: z.literal('amount'), unit: z.enum(MONEY_UNITS) }),
  z.strictObject({ type: z.literal('code'), synonyms: textMap }),
]);

const mappingSchema = z.strictObject({
  columns: z
    .record(
      z.string(),
      z.union([
        name,
        z.strictObject({
          field: name,
          transform: z.union([transformSchema, z.array(transformSchema)]).optional(),
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

const sourceSchema = z.discriminatedUnion('kind', [
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
  z.strictObject({ kind: z.literal('custom'), name, fingerprint: z.string().optional() }),
]);

const sinkSchema = z.discriminatedUnion('platform', [
  z.strictObject({ platform: z.literal('credit') }),
  z.strictObject({
    platform: z.literal('exchange'),
    receiverCode: name,
    /** Default the record type's: XZCF, XZXK, SXMD, XYXF. */
    messageType: z.enum(['XZCF', 'XZXK', 'SXMD', 'XYXF']).optional(),
    resourceCode: name.optional(),
  }),
]);

const deliveryLimits = {
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

const platformsSchema = z.strictObject({
  credit: z
    .strictObject({
      baseUrl: z.url(),
      appKey: name,
      signMethod: z.enum(['HMAC-SM3', 'HMAC-SHA256']).optional(),
      ...deliveryLimits,
    })
    .optional(),
  exchange: z
    .strictObject({
      baseUrl: z.url(),
      appKey: name,
      /** USCC of the sending department. */
      senderCode: name,
      /** GB/T 2260 code in every message header; default the one in `senderCode`. */
      regionCode: z
        .string()
        .regex(/^\d{6}$/)
        .optional(),
      signMethod: z.enum(['HMAC-SM3', 'HMAC-SHA256']).optional(),
      /** Encoding of published messages; default UTF-8. */
      encoding: z.enum(['UTF-8', 'GB18030']).optional(),
      digestAlgorithm: z.enum(['SM3', 'SHA-256']).optional(),
      ...deliveryLimits,
    })
    .optional(),
});

const streamSchema = z.strictObject({
  /** Unique; names the checkpoints (`<name>→<sink>`), reports and progress. */
  name,
  recordType: z.enum(RECORD_TYPES),
  source: sourceSchema,
  mapping: mappingSchema.optional(),
  sinks: z.array(sinkSchema).min(1),
});

/** The runner's configuration, as zod checks it; see {@link SyncConfig}. */
export const syncConfigSchema = z
  .strictObject({
    platforms: platformsSchema,
    streams: z.array(streamSchema).min(1),
    /** The day validation judges dates by (YYYY-MM-DD); default today in Shanghai by the clock. */
    today: z.iso.date().optional(),
    deadLetters: z.strictObject({ path: name }).optional(),
    delivery: z
      .strictObject({
        /** Records read but not yet settled at every sink; reading waits above it. Default 5,000. */
        maxInFlightRecords: whole.optional(),
        /** Tries of one batch in a run (first included) before its sink is left for the next run; default 5. */
        maxBatchAttempts: whole.max(100).optional(),
        /** First wait before a failed batch is tried again, doubling each time; default 1,000 ms. */
        retryDelayMs: z.number().int().min(0).optional(),
        maxRetryDelayMs: z.number().int().min(0).optional(),
        /** Least time between progress events of a stream; default 1,000 ms. */
        progressIntervalMs: z.number().int().min(0).optional(),
      })
      .optional(),
  })
  .superRefine((config, context) => {
    const seen = new Set<string>();
    config.streams.forEach((stream, index) => {
      if (seen.has(stream.name)) {
        context.addIssue({
          code: 'custom',
          path: ['streams', index, 'name'],
          message: `"${stream.name}" names two streams`,
        });
      }
      seen.add(stream.name);
      stream.sinks.forEach((sink, at) => {
        if (config.platforms[sink.platform] === undefined) {
          context.addIssue({
            code: 'custom',
            path: ['streams', index, 'sinks', at, 'platform'],
            message: `platforms.${sink.platform} is not configured`,
          });
        }
      });
    });
  });

/**
 * What `runSync` and `planSync` do: the platforms (URL, app key, limits; secrets are passed separately,
 * never in a config file) and the streams, each a source, a record type, a mapping and the sinks it fans
 * out to.
 */
export type SyncConfig = z.infer<typeof syncConfigSchema>;

/** One stream of a {@link SyncConfig}. */
export type StreamConfig = SyncConfig['streams'][number];

/** A stream's source. */
export type SourceConfig = StreamConfig['source'];

/** A stream's sink. */
export type SinkConfig = StreamConfig['sinks'][number];

/**
 * Checks a configuration (parsed from JSON or YAML by the caller) and returns it typed. Every problem is
 * reported at once, each pointing at its place: `E_SYNC_CONFIG` with
 * `streams[0].source.path: expected string`.
 *
 * @example
 * const config = parseSyncConfig(JSON.parse(readFileSync('sync.json', 'utf8')));
 */
export function parseSyncConfig(input: unknown): SyncConfig {
  const result = syncConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  throw new CreditBridgeError({
    code: 'E_SYNC_CONFIG',
    message: `[parseSyncConfig] the configuration is not valid:\n${problems.map((line) => `  - ${line}`).join('\n')}`,
    details: { problems },
  });
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}
