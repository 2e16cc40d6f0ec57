import { access } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { CreditBridgeError } from '@credit-bridge/core';
import { checkMappings } from './check-mappings.js';
import { configError } from './config-error.js';
import { configSchema, type ParsedConfig } from './config-schema.js';
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

/** One stream of a validated config, its source path absolute. */
export type ResolvedStream = NonNullable<ParsedConfig['streams']>[number];

/**
 * A validated config with every path absolute and the command line's defaults resolved once (STYLE
 * habit 9): where state, run reports and dead letters go, and the mirror's policy.
 */
export interface ResolvedConfig {
  /** The absolute path of the file. */
  readonly file: string;
  /** The config as validated, paths made absolute. */
  readonly config: ParsedConfig;
  readonly streams: readonly ResolvedStream[];
  /** The SQLite state file; default `credit-bridge-state.sqlite` beside the config. */
  readonly statePath: string;
  /** Run reports; default `credit-bridge-out/` beside the config. */
  readonly outputDir: string;
  /** The dead-letter JSONL file; default `dead-letters.jsonl` in the output directory. */
  readonly deadLettersPath: string;
  /** The mirror's stale policy as written; the mirror fills in its defaults. */
  readonly mirror: NonNullable<ParsedConfig['mirror']>;
}

/**
 * Finds, reads and validates a config (YAML, JSON, or a module's default export), refusing one that
 * holds a literal secret (`E_CONFIG_SECRET`) and reporting every other problem at its path
 * (`E_CONFIG`): `streams[1].mapping.columns.罚款金额: unknown transform "amout"`. Secrets stay as
 * `{ env }` references until a platform is called.
 *
 * @example
 * const config = await loadConfig({ path: 'sync.yaml', cwd: process.cwd() });
 */
export async function loadConfig(options: {
  path?: string | undefined;
  cwd: string;
}): Promise<ResolvedConfig> {
  const file = await locateConfig(options);
  const content = await readConfigFile(file);
  const withLines = <T extends { path: readonly (string | number)[] }>(issue: T) => {
    const line = content.lineOf(issue.path);
    return line === undefined ? issue : { ...issue, line };
  };
  const secrets = findLiteralSecrets(content.raw);
  if (secrets.length > 0) {
    throw configError(
      file,
      secrets.map((secret) =>
        withLines({
          path: secret.path,
          message:
            'a secret may not be written in a config file; write { env: NAME } and set that environment variable',
        }),
      ),
      'E_CONFIG_SECRET',
    );
  }
  const parsed = configSchema.safeParse(content.raw, { reportInput: true });
  if (!parsed.success)
    throw configError(file, formatConfigIssues(parsed.error.issues, configSchema).map(withLines));
  const problems = [...checkMappings(parsed.data.streams ?? []), ...crossChecks(parsed.data)];
  if (problems.length > 0) throw configError(file, problems.map(withLines));

  const dir = dirname(file);
  const streams = (parsed.data.streams ?? []).map((stream) => ({
    ...stream,
    source: { ...stream.source, path: resolve(dir, stream.source.path) },
  }));
  const outputDir = resolve(dir, parsed.data.output ?? 'credit-bridge-out');
  return {
    file,
    config: { ...parsed.data, streams },
    streams,
    statePath: resolve(dir, parsed.data.state ?? 'credit-bridge-state.sqlite'),
    outputDir,
    deadLettersPath:
      parsed.data.deadLetters === undefined
        ? join(outputDir, 'dead-letters.jsonl')
        : resolve(dir, parsed.data.deadLetters.path),
    mirror: parsed.data.mirror ?? {},
  };
}

async function locateConfig(options: { path?: string | undefined; cwd: string }): Promise<string> {
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

// What one stream's schema cannot see: names shared by two streams, sinks on unconfigured platforms.
function crossChecks(config: ParsedConfig): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const seen = new Set<string>();
  (config.streams ?? []).forEach((stream, index) => {
    if (seen.has(stream.name))
      problems.push({ path: ['streams', index, 'name'], message: `"${stream.name}" names two streams` });
    seen.add(stream.name);
    stream.sinks.forEach((sink, at) => {
      if (config.platforms?.[sink.platform] === undefined)
        problems.push({
          path: ['streams', index, 'sinks', at, 'platform'],
          message: `platforms.${sink.platform} is not configured`,
        });
    });
  });
  return problems;
}
