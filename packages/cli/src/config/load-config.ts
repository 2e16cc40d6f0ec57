import { access } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { CreditBridgeError, type RecordType } from '@credit-bridge/core';
import type { MappingSpec } from '@credit-bridge/sync';
import { checkMappings } from './check-mappings.js';
import { configError } from './config-error.js';
import { configSchema, type PlatformConfig, SINK_NAMES } from './config-schema.js';
import { findLiteralSecrets } from './find-literal-secrets.js';
import { formatConfigIssues } from './format-config-issues.js';
import { readConfigFile } from './read-config-file.js';

/** The names `credit-bridge` looks for in the working directory when no `--config` is given. */
export const DEFAULT_CONFIG_NAMES = [
  'credit-bridge.config.yaml',
  'credit-bridge.config.yml',
  'credit-bridge.config.json',
  'credit-bridge.config.mjs',
  'credit-bridge.config.js',
  'credit-bridge.config.ts',
] as const;

/** A sink a stream delivers to. */
export type SinkName = (typeof SINK_NAMES)[number];

/** A stream with its defaults applied and its source path made absolute. */
export interface ResolvedStream {
  readonly name: string;
  readonly recordType: RecordType;
  readonly source: {
    readonly path: string;
    readonly format: 'csv' | 'jsonl' | 'xlsx';
    readonly encoding?: 'auto' | 'utf-8' | 'gbk' | 'gb18030' | undefined;
    readonly delimiter?: string | undefined;
    readonly sheet?: string | number | undefined;
  };
  readonly mapping: MappingSpec;
  readonly sinks: readonly SinkName[];
}

/** A validated config with every default resolved once (STYLE habit 9) and paths made absolute. */
export interface ResolvedConfig {
  /** The absolute path of the file. */
  readonly file: string;
  readonly platforms: { readonly credit?: PlatformConfig; readonly exchange?: PlatformConfig };
  /** The SQLite state file; default `credit-bridge-state.sqlite` beside the config. */
  readonly statePath: string;
  /** Run reports and dead letters; default `credit-bridge-out/` beside the config. */
  readonly outputDir: string;
  readonly streams: readonly ResolvedStream[];
  readonly delivery: {
    readonly batchSize?: number | undefined;
    readonly concurrency?: number | undefined;
    readonly ratePerSecond?: number | undefined;
  };
  readonly mirror: { readonly maxAgeSeconds: number; readonly whenStale: 'remote' | 'refuse' };
}

/**
 * Finds, reads and validates a config (YAML, JSON, or a module's default export), refusing one that
 * holds a literal secret (`E_CONFIG_SECRET`) and reporting every other problem at its path
 * (`E_CONFIG`): `streams[1].mapping.columns.罚款金额: unknown transform "amout"`. Secrets stay as
 * `{ env }` references; {@link resolvePlatform} reads them when a platform is actually called.
 *
 * @example
 * const config = await loadConfig({ path: 'sync.yaml', cwd: process.cwd() });
 */
export async function loadConfig(options: { path?: string; cwd: string }): Promise<ResolvedConfig> {
  const file = await locateConfig(options);
  const content = await readConfigFile(file);
  const secrets = findLiteralSecrets(content.raw);
  if (secrets.length > 0) {
    throw configError(
      file,
      secrets.map((secret) => ({
        path: secret.path,
        message:
          'a secret may not be written in a config file; write { env: NAME } and set that environment variable',
        ...lineOf(content.lineOf(secret.path)),
      })),
      'E_CONFIG_SECRET',
    );
  }
  const parsed = configSchema.safeParse(content.raw, { reportInput: true });
  if (!parsed.success) {
    const issues = formatConfigIssues(parsed.error.issues, configSchema);
    throw configError(
      file,
      issues.map((issue) => ({ ...issue, ...lineOf(content.lineOf(issue.path)) })),
    );
  }
  const config = parsed.data;
  const streams = config.streams ?? [];
  const problems = [
    ...checkMappings(streams),
    ...duplicateNames(streams.map((stream, i) => streamName(stream, i))),
  ];
  if (problems.length > 0) {
    throw configError(
      file,
      problems.map((issue) => ({ ...issue, ...lineOf(content.lineOf(issue.path)) })),
    );
  }
  const dir = dirname(file);
  const platforms = {
    ...(config.platforms?.credit === undefined ? {} : { credit: config.platforms.credit }),
    ...(config.platforms?.exchange === undefined ? {} : { exchange: config.platforms.exchange }),
  };
  const configured = SINK_NAMES.filter((sink) => platforms[sink] !== undefined);
  return {
    file,
    platforms,
    statePath: resolve(dir, config.state ?? 'credit-bridge-state.sqlite'),
    outputDir: resolve(dir, config.output ?? 'credit-bridge-out'),
    delivery: config.delivery ?? {},
    mirror: {
      maxAgeSeconds: config.mirror?.maxAgeSeconds ?? 3600,
      whenStale: config.mirror?.whenStale ?? 'remote',
    },
    streams: streams.map((stream, index) => {
      const source = typeof stream.source === 'string' ? { path: stream.source } : stream.source;
      const path = resolve(dir, source.path);
      const constants = {
        ...(config.sourceSystem === undefined ? {} : { sourceSystem: config.sourceSystem }),
        ...(config.regionCode === undefined ? {} : { regionCode: config.regionCode }),
        ...stream.mapping?.constants,
      };
      return {
        name: streamName(stream, index),
        recordType: stream.type,
        source: { ...source, path, format: source.format ?? formatOf(path) },
        mapping: {
          ...stream.mapping,
          recordType: stream.type,
          ...(Object.keys(constants).length === 0 ? {} : { constants }),
        } as MappingSpec,
        sinks: stream.sinks ?? (configured.length === 0 ? ['credit'] : configured),
      };
    }),
  };
}

async function locateConfig(options: { path?: string; cwd: string }): Promise<string> {
  if (options.path !== undefined)
    return isAbsolute(options.path) ? options.path : resolve(options.cwd, options.path);
  for (const name of DEFAULT_CONFIG_NAMES) {
    const candidate = join(options.cwd, name);
    try {
      await access(candidate);
      return candidate;
    } catch {}
  }
  throw new CreditBridgeError({
    code: 'E_CONFIG_NOT_FOUND',
    message: `no config: pass --config <file>, or create ${DEFAULT_CONFIG_NAMES[0]} in ${options.cwd}`,
  });
}

function streamName(
  stream: { name?: string | undefined; source: string | { path: string } },
  index: number,
): string {
  if (stream.name !== undefined) return stream.name;
  const path = typeof stream.source === 'string' ? stream.source : stream.source.path;
  return basename(path) || `stream-${index + 1}`;
}

function duplicateNames(names: readonly string[]) {
  return names.flatMap((name, index) =>
    names.indexOf(name) === index
      ? []
      : [
          {
            path: ['streams', index, 'name'],
            message: `stream name "${name}" is used twice; give each stream its own name`,
          },
        ],
  );
}

function formatOf(path: string): 'csv' | 'jsonl' | 'xlsx' {
  const extension = extname(path).toLowerCase();
  if (extension === '.xlsx') return 'xlsx';
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl';
  return 'csv';
}

function lineOf(line: number | undefined): { line?: number } {
  return line === undefined ? {} : { line };
}
