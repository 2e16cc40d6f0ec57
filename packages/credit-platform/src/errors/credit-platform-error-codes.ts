import { type CreditBridgeError, isCreditBridgeError } from '@credit-bridge/core';
import { isPlatformError, type PlatformError } from '@credit-bridge/http';

/** What the contract says about one machine error code. */
export interface CreditPlatformErrorCodeInfo {
  /** Which gateway code of the profile accompanies it. */
  readonly gateway: 'dataError' | 'missingParameter' | 'wrongParameterType' | 'failure';
  /** The HTTP status under `statusMode: 'http'`. */
  readonly status: number;
  /** Whether the same request may succeed later. */
  readonly retryable: boolean;
}

/**
 * The machine error codes (`error.code`) of the credit platform contract
 * (`docs/contracts/credit-platform.openapi.yaml`, Envelope), with their gateway code, status and whether a
 * retry may help. An unknown code is judged by its HTTP status (the contract's rule).
 *
 * @example
 * CREDIT_PLATFORM_ERROR_CODES.E_AUTH_SKEW.status; // 401
 */
export const CREDIT_PLATFORM_ERROR_CODES = {
  E_AUTH_MISSING: { gateway: 'missingParameter', status: 401, retryable: false },
  E_AUTH_HEADER: { gateway: 'wrongParameterType', status: 401, retryable: false },
  E_AUTH_APP_KEY: { gateway: 'failure', status: 401, retryable: false },
  E_AUTH_SKEW: { gateway: 'failure', status: 401, retryable: false },
  E_AUTH_SIGNATURE: { gateway: 'failure', status: 401, retryable: false },
  E_AUTH_REPLAY: { gateway: 'failure', status: 401, retryable: false },
  E_REQUIRED: { gateway: 'missingParameter', status: 400, retryable: false },
  E_PARAM_TYPE: { gateway: 'wrongParameterType', status: 400, retryable: false },
  E_BODY_MALFORMED: { gateway: 'dataError', status: 400, retryable: false },
  E_VALIDATION: { gateway: 'dataError', status: 400, retryable: false },
  E_UNSUPPORTED_MEDIA_TYPE: { gateway: 'wrongParameterType', status: 415, retryable: false },
  E_NOT_FOUND: { gateway: 'failure', status: 404, retryable: false },
  E_IDEMPOTENCY_MISMATCH: { gateway: 'failure', status: 409, retryable: false },
  E_BATCH_TOO_LARGE: { gateway: 'dataError', status: 413, retryable: false },
  E_PAYLOAD_TOO_LARGE: { gateway: 'dataError', status: 413, retryable: false },
  E_RATE_LIMITED: { gateway: 'failure', status: 429, retryable: true },
  E_INTERNAL: { gateway: 'failure', status: 500, retryable: true },
  E_UNAVAILABLE: { gateway: 'failure', status: 503, retryable: true },
} as const satisfies Record<string, CreditPlatformErrorCodeInfo>;

/** One of the contract's machine error codes. */
export type CreditPlatformErrorCode = keyof typeof CREDIT_PLATFORM_ERROR_CODES;

/**
 * Whether a platform failure may succeed when tried again: by its machine code when the contract knows
 * it, otherwise by its HTTP status (408, 429 and 5xx), as the contract tells clients to treat unknown codes.
 *
 * @example
 * isRetryablePlatformFailure('E_UNAVAILABLE', 200); // true (an always-200 gateway)
 */
export function isRetryablePlatformFailure(errorCode: string | undefined, httpStatus: number): boolean {
  const known = errorCode === undefined ? undefined : knownCode(errorCode);
  if (known !== undefined) return known.retryable;
  return httpStatus === 408 || httpStatus === 429 || httpStatus >= 500;
}

/**
 * True for a `PlatformError` whose machine code is one of the signing failures (`E_AUTH_SIGNATURE`,
 * `E_AUTH_SKEW`, `E_AUTH_APP_KEY`, …): the credentials or the clock need fixing, not a retry.
 *
 * @example
 * if (isAuthFailure(error) && error.errorCode === 'E_AUTH_SKEW') alert('check the server clock');
 */
export function isAuthFailure(value: unknown): value is PlatformError {
  return isPlatformError(value) && (value.errorCode?.startsWith('E_AUTH_') ?? false);
}

/**
 * The machine code behind any error of a credit platform call: the platform's `E_…` for a
 * `PlatformError`, the error's own `code` for every other credit-bridge error, `undefined` otherwise.
 *
 * @example
 * switch (errorCodeOf(error)) { case 'E_AUTH_SKEW': …; case 'E_TIMEOUT': …; }
 */
export function errorCodeOf(value: unknown): string | undefined {
  if (isPlatformError(value)) return value.errorCode ?? value.code;
  return isCreditBridgeError(value) ? (value as CreditBridgeError).code : undefined;
}

function knownCode(code: string): CreditPlatformErrorCodeInfo | undefined {
  return Object.hasOwn(CREDIT_PLATFORM_ERROR_CODES, code)
    ? CREDIT_PLATFORM_ERROR_CODES[code as CreditPlatformErrorCode]
    : undefined;
}
