import { CreditBridgeError } from '@credit-bridge/core';
import type { CreditPlatform } from '../../platform/create-credit-platform.js';
import type { ExchangePlatform } from '../../platform/create-exchange-platform.js';
import type { MockRequest, MockResponse } from '../../router/mock-request.js';
import { bodyText } from '../../router/read-request.js';

/** The platforms the admin API manages. */
export interface AdminPlatforms {
  readonly credit: CreditPlatform;
  readonly exchange: ExchangePlatform;
}

/** Which platforms an admin request is about: one, or both when it names none. */
export type PlatformChoice = 'credit' | 'exchange' | 'both';

const encoder = new TextEncoder();

/** A `CreditBridgeError` `E_ARGUMENT` for a bad admin request (answered 400). */
export function adminError(message: string): CreditBridgeError {
  return new CreditBridgeError({ code: 'E_ARGUMENT', message: `[admin] ${message}` });
}

/** The request body as a JSON object (`{}` when empty). */
export function readAdminBody(request: MockRequest): Record<string, unknown> {
  if (request.body.length === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(bodyText(request.body));
  } catch {
    throw adminError('the body is not well-formed JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw adminError('the body must be a JSON object');
  return value as Record<string, unknown>;
}

/** The `platform` an admin request names (`credit`, `exchange`), or `both`. */
export function platformChoice(value: unknown): PlatformChoice {
  if (value === undefined) return 'both';
  if (value === 'credit' || value === 'exchange') return value;
  throw adminError('platform must be "credit" or "exchange"');
}

/** A pretty-printed JSON answer. */
export function adminJson(status: number, value: unknown): MockResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: encoder.encode(JSON.stringify(value, null, 2)),
  };
}
