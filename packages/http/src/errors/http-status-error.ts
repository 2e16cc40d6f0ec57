import { STATUS_CODES } from 'node:http';
import { isCreditBridgeError, redact } from '@credit-bridge/core';
import { maskedSnippet } from '../internal/masked-snippet.js';
import { type RequestContext, TransportError } from './transport-error.js';

/** 408, 429 and every 5xx may succeed later; other statuses will not change on their own. */
function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * The server answered with a status outside 2xx. Retryable for 408, 429 and 5xx. The masked start of the
 * body is in `details.bodySnippet`; the raw body stays available to adapters as `body` (not enumerable, so
 * it never reaches a log through serialisation) for reading a platform error envelope.
 *
 * @example
 * if (isHttpStatusError(error) && error.status === 409) return readEnvelope(error.body);
 */
export class HttpStatusError extends TransportError<'E_HTTP_STATUS'> {
  readonly status: number;
  /** Response headers, lowercased, redacted. */
  readonly headers: Readonly<Record<string, string>>;
  declare readonly body: Uint8Array;

  constructor(
    options: RequestContext & {
      status: number;
      headers?: Readonly<Record<string, string>>;
      body?: Uint8Array;
    },
  ) {
    const body = options.body ?? new Uint8Array();
    super({
      ...options,
      code: 'E_HTTP_STATUS',
      outcome: `${options.status}: ${STATUS_CODES[options.status] ?? 'Unknown Status'}`,
      retryable: isRetryableStatus(options.status),
      details: { status: options.status, bodySnippet: maskedSnippet(body) },
    });
    this.name = 'HttpStatusError';
    this.status = options.status;
    this.headers = Object.freeze(redact({ ...options.headers }));
    Object.defineProperty(this, 'body', { value: body, enumerable: false });
  }
}

/** Cross-realm guard for {@link HttpStatusError}. */
export function isHttpStatusError(value: unknown): value is HttpStatusError {
  return isCreditBridgeError(value) && value.name === 'HttpStatusError' && value.code === 'E_HTTP_STATUS';
}
