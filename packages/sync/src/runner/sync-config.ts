import { CreditBridgeError } from '@credit-bridge/core';
import { z } from 'zod';
import {
  customSourceConfigSchema,
  deadLettersConfigSchema,
  deliveryConfigSchema,
  exchangeConnectionShape,
  fileSourceConfigSchemas,
  platformConnectionShape,
  streamConfigSchema,
} from './sync-config-parts.js';

const streamSchema = streamConfigSchema(
  z.discriminatedUnion('kind', [...fileSourceConfigSchemas, customSourceConfigSchema]),
);

const platformsSchema = z.strictObject({
  credit: z.strictObject(platformConnectionShape).optional(),
  exchange: z.strictObject({ ...platformConnectionShape, ...exchangeConnectionShape }).optional(),
});

/** The runner's configuration, as zod checks it; see {@link SyncConfig}. */
export const syncConfigSchema = z
  .strictObject({
    platforms: platformsSchema,
    streams: z.array(streamSchema).min(1),
    /** The day validation judges dates by (YYYY-MM-DD); default today in Shanghai by the clock. */
    today: z.iso.date().optional(),
    deadLetters: deadLettersConfigSchema.optional(),
    delivery: deliveryConfigSchema.optional(),
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
