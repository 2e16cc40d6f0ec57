import { MONEY_UNITS, RECORD_TYPES } from '@credit-bridge/core';
import { z } from 'zod';

/** The transforms a mapping column may name (`@credit-bridge/sync`'s `ColumnTransform`). */
export const TRANSFORM_TYPES = ['halfWidth', 'replace', 'default', 'date', 'amount', 'code'] as const;

const textMap = z.record(z.string(), z.string());

const transformSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('halfWidth') }),
  z.strictObject({ type: z.literal('replace'), values: textMap }),
  z.strictObject({ type: z.literal('default'), value: z.string() }),
  z.strictObject({
    type: z.literal('date'),
    format: z.string().min(1).optional(),
    excelSerial: z.boolean().optional(),
  }),
  z.strictObject({ type: z.literal('amount'), unit: z.enum(MONEY_UNITS) }),
  z.strictObject({ type: z.literal('code'), synonyms: textMap }),
]);

const columnSchema = z.union([
  z.string().min(1),
  z.strictObject({
    field: z.string().min(1),
    transform: z.union([transformSchema, z.array(transformSchema)]).optional(),
  }),
]);

/** A mapping without its record type (the stream's `type` gives it). */
export const mappingSchema = z.strictObject({
  columns: z.record(z.string(), columnSchema).optional(),
  constants: z.record(z.string(), z.unknown()).optional(),
  synonyms: z.record(z.string(), textMap).optional(),
  ignore: z.array(z.string()).optional(),
  autoMap: z.boolean().optional(),
  preset: z.literal('generation-1').optional(),
});

/** A secret: never a literal, always the name of the environment variable that holds it. */
export const secretRefSchema = z.strictObject({
  env: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name'),
});

const platformSchema = z.strictObject({
  baseUrl: z.url({ protocol: /^https?$/ }),
  appKey: z.string().min(1),
  appSecret: secretRefSchema.optional(),
  signMethod: z.enum(['HMAC-SM3', 'HMAC-SHA256']).optional(),
});

const sourceSchema = z.strictObject({
  path: z.string().min(1),
  format: z.enum(['csv', 'jsonl', 'xlsx']).optional(),
  encoding: z.enum(['auto', 'utf-8', 'gbk', 'gb18030']).optional(),
  delimiter: z.string().length(1).optional(),
  sheet: z.union([z.string().min(1), z.number().int().positive()]).optional(),
});

/** The sinks a stream may deliver to. */
export const SINK_NAMES = ['credit', 'exchange'] as const;

const streamSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[\p{L}\p{N}._-]+$/u, 'letters, digits, ".", "_" or "-" only')
    .optional(),
  type: z.enum(RECORD_TYPES),
  source: z.union([z.string().min(1), sourceSchema]),
  mapping: mappingSchema.optional(),
  sinks: z.array(z.enum(SINK_NAMES)).min(1).optional(),
});

/**
 * The config file of `sync run`, `sync plan`, `state`, `rejects` and `mirror` (YAML, JSON, or a
 * module's default export): the platforms, where state and output go, the streams and the mirror's
 * policy. Every object is strict, so a misspelt key is an error at its path.
 */
export const configSchema = z.strictObject({
  platforms: z
    .strictObject({
      credit: platformSchema.optional(),
      exchange: platformSchema.optional(),
    })
    .optional(),
  state: z.string().min(1).optional(),
  output: z.string().min(1).optional(),
  sourceSystem: z.string().min(1).optional(),
  regionCode: z
    .string()
    .regex(/^\d{6}$/, 'six digits (GB/T 2260)')
    .optional(),
  streams: z.array(streamSchema).optional(),
  delivery: z
    .strictObject({
      batchSize: z.number().int().positive().optional(),
      concurrency: z.number().int().positive().optional(),
      ratePerSecond: z.number().positive().optional(),
    })
    .optional(),
  mirror: z
    .strictObject({
      maxAgeSeconds: z.number().int().positive().optional(),
      whenStale: z.enum(['remote', 'refuse']).optional(),
    })
    .optional(),
});

/** A config as written (paths relative to the file, secrets as `{ env }`). */
export type CreditBridgeConfig = z.input<typeof configSchema>;

/** One stream as written. */
export type StreamConfig = z.input<typeof streamSchema>;

/** A platform's connection as written. */
export type PlatformConfig = z.input<typeof platformSchema>;
