import { isCreditBridgeError } from '@credit-bridge/core';
import type { CommandInput } from '../cli/command.js';
import { loadConfig, type ResolvedConfig } from '../config/load-config.js';
import { type PlatformConnection, resolvePlatform } from '../config/resolve-platform.js';

/**
 * The config a command names with `--config`, else the default config in the working directory when
 * there is one, else none (for commands that can run on flags and environment alone).
 *
 * @example
 * const config = await optionalConfig(input);
 */
export async function optionalConfig(input: CommandInput): Promise<ResolvedConfig | undefined> {
  const path = stringValue(input, 'config');
  try {
    return await loadConfig({ ...(path === undefined ? {} : { path }), cwd: input.io.cwd });
  } catch (error) {
    if (path === undefined && isCreditBridgeError(error) && error.code === 'E_CONFIG_NOT_FOUND')
      return undefined;
    throw error;
  }
}

/**
 * How a direct command reaches the credit platform: `--base-url`/`--app-key`, the config's
 * `platforms.credit`, the environment; the secret from the environment only.
 *
 * @example
 * const client = openCreditPlatform(await creditConnection(input));
 */
export async function creditConnection(input: CommandInput): Promise<PlatformConnection> {
  const config = await optionalConfig(input);
  return resolvePlatform('credit', {
    config: config?.config.platforms?.credit,
    env: input.io.env,
    baseUrl: stringValue(input, 'base-url'),
    appKey: stringValue(input, 'app-key'),
  });
}

/**
 * A string option's value, or undefined.
 *
 * @example
 * stringValue(input, 'config');
 */
export function stringValue(input: CommandInput, name: string): string | undefined {
  const value = input.values[name];
  return typeof value === 'string' ? value : undefined;
}
