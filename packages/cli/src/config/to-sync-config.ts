import { CreditBridgeError } from '@credit-bridge/core';
import type { SyncConfig, SyncSecrets } from '@credit-bridge/sync';
import type { ResolvedConfig } from './load-config.js';
import { resolvePlatform } from './resolve-platform.js';

/**
 * The sync runner's config from a CLI config: the platforms without their secret references, the
 * streams (all, or those named), dead letters where the CLI keeps them. Throws `E_CONFIG` when nothing
 * is left to run.
 *
 * @example
 * const syncConfig = toSyncConfig(config, ['penalties']);
 */
export function toSyncConfig(resolved: ResolvedConfig, only: readonly string[] = []): SyncConfig {
  const { config } = resolved;
  const unknown = only.filter((name) => !resolved.streams.some((stream) => stream.name === name));
  if (unknown.length > 0) {
    throw new CreditBridgeError({
      code: 'E_CONFIG',
      message: `no stream named ${unknown.map((name) => `"${name}"`).join(', ')} in ${resolved.file}`,
    });
  }
  const streams = resolved.streams.filter((stream) => only.length === 0 || only.includes(stream.name));
  if (streams.length === 0)
    throw new CreditBridgeError({
      code: 'E_CONFIG',
      message: `config ${resolved.file}: streams: nothing to sync`,
    });
  const credit = config.platforms?.credit;
  const exchange = config.platforms?.exchange;
  return {
    platforms: {
      ...(credit === undefined ? {} : { credit: withoutSecret(credit) }),
      ...(exchange === undefined ? {} : { exchange: withoutSecret(exchange) }),
    },
    streams,
    deadLetters: { path: resolved.deadLettersPath },
    ...(config.today === undefined ? {} : { today: config.today }),
    ...(config.delivery === undefined ? {} : { delivery: config.delivery }),
  };
}

/**
 * The secrets of the platforms a config uses, each from its environment variable (`E_CONFIG` naming
 * the variable when it is not set).
 *
 * @example
 * const secrets = syncSecrets(config, process.env);
 */
export function syncSecrets(
  resolved: ResolvedConfig,
  env: Readonly<Record<string, string | undefined>>,
): SyncSecrets {
  const platforms = resolved.config.platforms ?? {};
  const secretOf = (name: 'credit' | 'exchange') =>
    resolvePlatform(name, { config: platforms[name], env }).appSecret;
  return {
    ...(platforms.credit === undefined ? {} : { credit: { appSecret: secretOf('credit') } }),
    ...(platforms.exchange === undefined ? {} : { exchange: { appSecret: secretOf('exchange') } }),
  };
}

function withoutSecret<T extends { appSecret?: unknown }>(platform: T): Omit<T, 'appSecret'> {
  const { appSecret: _secret, ...rest } = platform;
  return rest;
}
