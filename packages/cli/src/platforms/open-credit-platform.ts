import { type CreditPlatformClient, createCreditPlatformClient } from '@credit-bridge/credit-platform';
import type { PlatformConnection } from '../config/resolve-platform.js';

/**
 * A credit platform client for a resolved connection, with the CLI's transport defaults. The caller
 * closes it.
 *
 * @example
 * const client = openCreditPlatform(resolvePlatform('credit', { env }));
 * try { await client.blacklist.check({ uscc }); } finally { client.close(); }
 */
export function openCreditPlatform(connection: PlatformConnection): CreditPlatformClient {
  return createCreditPlatformClient({
    baseUrl: connection.baseUrl,
    appKey: connection.appKey,
    appSecret: connection.appSecret,
    ...(connection.signMethod === undefined ? {} : { signMethod: connection.signMethod }),
  });
}
