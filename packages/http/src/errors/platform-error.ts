import { isCreditBridgeError } from '@credit-bridge/core';
import { type RequestContext, TransportError } from './transport-error.js';

/**
 * The platform refused the request in its own terms: a gateway code (`96` data error, `97` missing parameter,
 * `98` wrong parameter type, `99` failure) and the detailed `E_…` code, whether it came with a 4xx/5xx or
 * inside a 200 envelope from an `always-200` gateway. Adapters decide when to throw it.
 *
 * @example
 * throw new PlatformError({ ...requestContext(request), platformCode: '97', errorCode: 'E_REQUIRED',
 *   platformMessage: 'uscc is required', httpStatus: 200 });
 */
export class PlatformError extends TransportError<'E_PLATFORM'> {
  /** The envelope's top-level code, e.g. `96`. */
  readonly platformCode: string;
  /** The detailed machine code, e.g. `E_AUTH_SIGNATURE`, when the platform sent one. */
  readonly errorCode: string | undefined;
  /** The HTTP status the envelope arrived with (200 on `always-200` gateways). */
  readonly httpStatus: number | undefined;

  constructor(
    options: RequestContext & {
      platformCode: string;
      errorCode?: string | undefined;
      platformMessage?: string | undefined;
      httpStatus?: number | undefined;
      retryable?: boolean;
      details?: Record<string, unknown>;
      cause?: unknown;
    },
  ) {
    const codes = options.errorCode ? `${options.platformCode} ${options.errorCode}` : options.platformCode;
    super({
      ...options,
      code: 'E_PLATFORM',
      outcome: `platform ${codes}${options.platformMessage ? `: ${options.platformMessage}` : ''}`,
      retryable: options.retryable ?? false,
      details: {
        ...options.details,
        platformCode: options.platformCode,
        errorCode: options.errorCode,
        httpStatus: options.httpStatus,
      },
    });
    this.name = 'PlatformError';
    this.platformCode = options.platformCode;
    this.errorCode = options.errorCode;
    this.httpStatus = options.httpStatus;
  }
}

/** Cross-realm guard for {@link PlatformError}. */
export function isPlatformError(value: unknown): value is PlatformError {
  return isCreditBridgeError(value) && value.name === 'PlatformError' && value.code === 'E_PLATFORM';
}
