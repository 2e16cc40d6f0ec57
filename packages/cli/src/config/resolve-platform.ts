import { CreditBridgeError } from '@credit-bridge/core';
import type { PlatformConfig, SinkName } from './config-schema.js';

/** A platform's connection with its secret read from the environment. Never print `appSecret`. */
export interface PlatformConnection {
  readonly baseUrl: string;
  readonly appKey: string;
  readonly appSecret: string;
  readonly signMethod?: 'HMAC-SM3' | 'HMAC-SHA256';
}

/** The environment variables a platform's connection falls back to. */
export function platformEnvNames(platform: SinkName): { url: string; appKey: string; appSecret: string } {
  const prefix = `CREDIT_BRIDGE_${platform.toUpperCase()}`;
  return { url: `${prefix}_URL`, appKey: `${prefix}_APP_KEY`, appSecret: `${prefix}_APP_SECRET` };
}

/**
 * Resolves how to reach a platform, in order: command-line flags, the config's `platforms.<name>`,
 * then the environment (`CREDIT_BRIDGE_CREDIT_URL`, `…_APP_KEY`, `…_APP_SECRET`). The secret comes
 * only from the environment: the variable the config names with `{ env }`, else `…_APP_SECRET`.
 * `E_CONFIG` names what is missing (never a value).
 *
 * @example
 * resolvePlatform('credit', { config: config.platforms.credit, env: process.env });
 */
export function resolvePlatform(
  platform: SinkName,
  options: {
    readonly config?: PlatformConfig | undefined;
    readonly env: Readonly<Record<string, string | undefined>>;
    readonly baseUrl?: string | undefined;
    readonly appKey?: string | undefined;
  },
): PlatformConnection {
  const names = platformEnvNames(platform);
  const baseUrl = options.baseUrl ?? options.config?.baseUrl ?? nonEmpty(options.env[names.url]);
  const appKey = options.appKey ?? options.config?.appKey ?? nonEmpty(options.env[names.appKey]);
  const secretName = options.config?.appSecret?.env ?? names.appSecret;
  const appSecret = nonEmpty(options.env[secretName]);
  const missing = [
    ...(baseUrl === undefined
      ? [`the base URL (--base-url, platforms.${platform}.baseUrl or ${names.url})`]
      : []),
    ...(appKey === undefined
      ? [`the app key (--app-key, platforms.${platform}.appKey or ${names.appKey})`]
      : []),
    ...(appSecret === undefined ? [`the app secret (environment variable ${secretName})`] : []),
  ];
  if (baseUrl === undefined || appKey === undefined || appSecret === undefined) {
    throw new CreditBridgeError({
      code: 'E_CONFIG',
      message: `the ${platform} platform needs ${missing.join(', ')}`,
      details: { platform, missing: missing.length },
    });
  }
  return {
    baseUrl,
    appKey,
    appSecret,
    ...(options.config !== undefined &&
    'signMethod' in options.config &&
    options.config.signMethod !== undefined
      ? { signMethod: options.config.signMethod }
      : {}),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
