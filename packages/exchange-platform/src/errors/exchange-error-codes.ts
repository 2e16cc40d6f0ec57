import { type CreditBridgeError, isCreditBridgeError } from '@credit-bridge/core';
import { isPlatformError } from '@credit-bridge/http';

/** Where an error code comes from, and whether the same call may succeed later. */
export interface ExchangeErrorCodeInfo {
  /** `platform`: a `PlatformError`'s `errorCode` (the contract's); `client`: a `CreditBridgeError`'s `code`. */
  readonly source: 'platform' | 'client';
  /** The HTTP status, for the platform's codes. */
  readonly status?: number;
  readonly retryable: boolean;
}

/**
 * The machine codes a caller of the exchange client meets beyond the transport's (`E_NETWORK`,
 * `E_TIMEOUT`, `E_HTTP_STATUS`, `E_CONTRACT`, `E_ABORTED`): the exchange contract's `error.code`s
 * (`docs/contracts/exchange-platform.openapi.yaml`, Errors; inside a `PlatformError`) and the client's own.
 *
 * @example
 * EXCHANGE_CLIENT_ERROR_CODES.E_BODY_DIGEST.retryable; // false
 */
export const EXCHANGE_CLIENT_ERROR_CODES = {
  E_AUTH_SIGNATURE: { source: 'platform', status: 401, retryable: false },
  E_AUTH_SKEW: { source: 'platform', status: 401, retryable: false },
  E_AUTH_REPLAY: { source: 'platform', status: 401, retryable: false },
  E_AUTH_APP_KEY: { source: 'platform', status: 401, retryable: false },
  E_XML_MALFORMED: { source: 'platform', status: 400, retryable: false },
  E_XML_DOCTYPE: { source: 'platform', status: 400, retryable: false },
  E_XML_SCHEMA: { source: 'platform', status: 400, retryable: false },
  E_REQUIRED: { source: 'platform', status: 400, retryable: false },
  E_PARAM_TYPE: { source: 'platform', status: 400, retryable: false },
  E_NOT_FOUND: { source: 'platform', status: 404, retryable: false },
  E_IDEMPOTENCY_MISMATCH: { source: 'platform', status: 409, retryable: false },
  E_PAYLOAD_TOO_LARGE: { source: 'platform', status: 413, retryable: false },
  E_UNSUPPORTED_MEDIA_TYPE: { source: 'platform', status: 415, retryable: false },
  E_RATE_LIMITED: { source: 'platform', status: 429, retryable: true },
  E_INTERNAL: { source: 'platform', status: 500, retryable: true },
  E_UNAVAILABLE: { source: 'platform', status: 503, retryable: true },
  E_BODY_DIGEST: { source: 'client', retryable: false },
  E_INBOX_HANDLER: { source: 'client', retryable: false },
  E_INBOX_MISMATCH: { source: 'client', retryable: false },
  E_ARGUMENT: { source: 'client', retryable: false },
  E_CONFIG: { source: 'client', retryable: false },
} as const satisfies Record<string, ExchangeErrorCodeInfo>;

/** One of {@link EXCHANGE_CLIENT_ERROR_CODES}. */
export type ExchangeClientErrorCode = keyof typeof EXCHANGE_CLIENT_ERROR_CODES;

/**
 * The machine code behind any error of an exchange call: the platform's `E_…` for a `PlatformError`,
 * the error's own `code` for every other credit-bridge error, `undefined` otherwise.
 *
 * @example
 * switch (exchangeErrorCodeOf(error)) { case 'E_BODY_DIGEST': alert(); break; case 'E_AUTH_SKEW': … }
 */
export function exchangeErrorCodeOf(value: unknown): string | undefined {
  if (isPlatformError(value)) return value.errorCode ?? value.code;
  return isCreditBridgeError(value) ? (value as CreditBridgeError).code : undefined;
}
