import { MONEY_UNITS, RECORD_TYPES } from '@credit-bridge/core';
import { z } from 'zod';

// The shape below is the sync runner's `SyncConfig` (`@credit-bridge/sync`) plus what only the command
// line needs: secrets as `{ env }` references, where state and output go, and the mirror's policy. It
// is spelled out here, rather than taken from the runner, so every message can point at its path in
// the file; `toSyncConfig` is typed against `SyncConfig`, so the two cannot drift apart unnoticed.

const name = z.string().trim().min(1);
const whole = z.number().int().min(1);
const textMap = z.record(z.string(), z.string());

const transformSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('halfWidth') }),
  z.strictObject({ type: z.literal('replace'), values: textMap }),
  z.strictObject({ type: z.literal('default'), value: z.string() }),
  z.strictObject({ type: z.literal('date'), format: name.optional(), excelSerial: z.boolean().optional() }),
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
]);

const sinkSchema = z.discriminatedUnion('platform', [
  z.strictObject({ platform: z.literal('credit') }),
  z.strictObject({
    platform: z.literal('exchange'),
    receiverCode: name,
    messageType: z.enum(['XZCF', 'XZXK', 'SXMD', 'XYXF']).optional(),
    resourceCode: name.optional(),
  }),
]);

/** A secret: never a literal, always the name of the environment variable that holds it. */
export const secretRefSchema = z.strictObject({
  env: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name'),
});

const connection = {
  baseUrl: z.url({ protocol: /^https?$/ }),
  appKey: name,
  /** Default: the variable `CREDIT_BRIDGE_<PLATFORM>_APP_SECRET`. */
  appSecret: secretRefSchema.optional(),
  concurrency: whole.max(64).optional(),
  ratePerSecond: z.number().positive().optional(),
  burst: whole.optional(),
  maxRecords: whole.optional(),
  maxBytes: whole.optional(),
  attemptTimeoutMs: whole.optional(),
  deadlineMs: whole.optional(),
  retry: z
    .strictObject({
      maxAttempts: whole.max(20).optional(),
      baseDelayMs: z.number().int().min(0).optional(),
      maxDelayMs: z.number().int().min(0).optional(),
    })
    .optional(),
};

const streamSchema = z.strictObject({
  name,
  recordType: z.enum(RECORD_TYPES),
  source: sourceSchema,
  mapping: mappingSchema.optional(),
  sinks: z.array(sinkSchema).min(1),
});

/**
 * The config file of `sync`, `state`, `rejects`, `mirror`, and optionally `check` and `report`
 * (YAML, JSON, or a module's default export). Every object is strict, so a misspelt key is an error at
 * its path; relative paths are read from the file's directory.
 */
export const configSchema = z.strictObject({
  platforms: z
    .strictObject({
      credit: z
        .strictObject({ ...connection, signMethod: z.enum(['HMAC-SM3', 'HMAC-SHA256']).optional() })
        .optional(),
      exchange: z
        .strictObject({
          ...connection,
          senderCode: name,
          regionCode: z
            .string()
            .regex(/^\d{6}$/, 'six digits (GB/T 2260)')
            .optional(),
          signMethod: z.enum(['HMAC-SM3', 'HMAC-SHA256']).optional(),
          encoding: z.enum(['UTF-8', 'GB18030']).optional(),
          digestAlgorithm: z.enum(['SM3', 'SHA-256']).optional(),
        })
        .optional(),
    })
    .optional(),
  /** The SQLite state file; default `credit-bridge-state.sqlite` beside the config. */
  state: name.optional(),
  /** Run reports and dead letters; default `credit-bridge-out/` beside the config. */
  output: name.optional(),
  streams: z.array(streamSchema).optional(),
  today: z.iso.date().optional(),
  deadLetters: z.strictObject({ path: name }).optional(),
  delivery: z
    .strictObject({
      maxInFlightRecords: whole.optional(),
      maxBatchAttempts: whole.max(100).optional(),
      retryDelayMs: z.number().int().min(0).optional(),
      maxRetryDelayMs: z.number().int().min(0).optional(),
      progressIntervalMs: z.number().int().min(0).optional(),
    })
    .optional(),
  /** The blacklist mirror's stale policy (`@credit-bridge/sync`'s `MirrorPolicy`). */
  mirror: z
    .strictObject({
      maxAgeMs: z.number().int().min(0).optional(),
      onStale: z.enum(['remote', 'refuse', 'serve']).optional(),
    })
    .optional(),
});

/** A config as written (paths relative to the file, secrets as `{ env }`). */
export type CreditBridgeConfig = z.input<typeof configSchema>;

/** A config as validated. */
export type ParsedConfig = z.output<typeof configSchema>;

/** One stream as written. */
export type StreamConfig = z.input<typeof streamSchema>;

/** The connection of either platform, as validated. */
export type PlatformConfig = NonNullable<NonNullable<ParsedConfig['platforms']>['credit' | 'exchange']>;

/** The platforms a sink may name. */
export const SINK_NAMES = ['credit', 'exchange'] as const;

/** One of {@link SINK_NAMES}. */
export type SinkName = (typeof SINK_NAMES)[number];
