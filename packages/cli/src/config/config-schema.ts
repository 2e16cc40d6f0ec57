import {
  deadLettersConfigSchema,
  deliveryConfigSchema,
  exchangeConnectionShape,
  fileSourceConfigSchemas,
  platformConnectionShape,
  streamConfigSchema,
} from '@credit-bridge/sync';
import { z } from 'zod';

// The sync runner's pieces (`@credit-bridge/sync`: streams, file sources, mappings, sinks, limits),
// composed with what only the command line needs: secrets as `{ env }` references, where state and
// output go, and the mirror's policy. `toSyncConfig` is typed against `SyncConfig`, so the two cannot
// drift apart unnoticed.

const name = z.string().trim().min(1);

const streamSchema = streamConfigSchema(z.discriminatedUnion('kind', fileSourceConfigSchemas));

/** A secret: never a literal, always the name of the environment variable that holds it. */
export const secretRefSchema = z.strictObject({
  env: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name'),
});

const connection = {
  ...platformConnectionShape,
  /** Default: the variable `CREDIT_BRIDGE_<PLATFORM>_APP_SECRET`. */
  appSecret: secretRefSchema.optional(),
};

/**
 * The config file of `sync`, `state`, `rejects`, `mirror`, and optionally `check` and `report`
 * (YAML, JSON, or a module's default export). Every object is strict, so a misspelt key is an error at
 * its path; relative paths are read from the file's directory.
 */
export const configSchema = z.strictObject({
  platforms: z
    .strictObject({
      credit: z.strictObject(connection).optional(),
      exchange: z.strictObject({ ...connection, ...exchangeConnectionShape }).optional(),
    })
    .optional(),
  /** The SQLite state file; default `credit-bridge-state.sqlite` beside the config. */
  state: name.optional(),
  /** Run reports and dead letters; default `credit-bridge-out/` beside the config. */
  output: name.optional(),
  streams: z.array(streamSchema).optional(),
  today: z.iso.date().optional(),
  deadLetters: deadLettersConfigSchema.optional(),
  delivery: deliveryConfigSchema.optional(),
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
