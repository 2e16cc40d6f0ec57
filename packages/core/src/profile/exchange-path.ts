import { CreditBridgeError } from '../errors/credit-bridge-error.js';
import {
  EXCHANGE_PLATFORM_OPERATION_METHODS,
  type ExchangePlatformOperation,
} from './exchange-platform-operations.js';
import type { ExchangePlatformProfile } from './exchange-platform-profile.js';
import { fillPathTemplate, matchOperationPath } from './internal/path-template.js';

/** An exchange operation recognised from a request line, with its decoded path parameters. */
export interface ExchangePathMatch {
  readonly op: ExchangePlatformOperation;
  readonly params: Readonly<Record<string, string>>;
}

/**
 * Recognises the exchange operation a request addresses under a profile, as `matchPath` does for the
 * credit platform: the method and the raw path (without the query) against every template, literal
 * segments before placeholders, parameters percent-decoded. `undefined` when nothing matches.
 *
 * @example
 * matchExchangePath(DEFAULT_EXCHANGE_PLATFORM_PROFILE, 'POST', '/exchange/v1/inbox/6b1f0c52-3d7e-4a9b-8f21-0c4d5e6f7a81/ack');
 * // { op: 'acknowledgeMessage', params: { messageId: '6b1f0c52-3d7e-4a9b-8f21-0c4d5e6f7a81' } }
 */
export function matchExchangePath(
  profile: ExchangePlatformProfile,
  method: string,
  path: string,
): ExchangePathMatch | undefined {
  return matchOperationPath(profile.paths, EXCHANGE_PLATFORM_OPERATION_METHODS, method, path);
}

/**
 * The path of an exchange operation under a profile, placeholders filled with percent-encoded values.
 * Throws `CreditBridgeError` `E_ARGUMENT` when a placeholder has no value.
 *
 * @example
 * resolveExchangePath(DEFAULT_EXCHANGE_PLATFORM_PROFILE, 'acknowledgeMessage', { messageId });
 * // '/exchange/v1/inbox/6b1f0c52-3d7e-4a9b-8f21-0c4d5e6f7a81/ack'
 */
export function resolveExchangePath(
  profile: ExchangePlatformProfile,
  op: ExchangePlatformOperation,
  params: Readonly<Record<string, string>> = {},
): string {
  return fillPathTemplate(profile.paths[op], params, (name) => {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: `[resolveExchangePath ${op}] path parameter "${name}" is required`,
      details: { profile: profile.name, op, param: name },
    });
  });
}
