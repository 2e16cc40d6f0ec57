/** HTTP methods the transport sends. */
export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

/** Query parameters: a repeated parameter is an array of values, sent in the canonical order. */
export type QueryParams = Readonly<Record<string, string | readonly string[]>>;

/**
 * One call as it travels down the middleware stack. Callers fill the first group; the fields under
 * "set by middleware" are written by the standard stack and read by the layers below it.
 */
export interface HttpRequest {
  method: HttpMethod;
  /** Absolute URL, or a path the client resolves against its `baseUrl`. A query in it is merged with `query`. */
  url: string;
  query?: QueryParams;
  headers: Readonly<Record<string, string>>;
  /** A string body is sent as UTF-8. */
  body?: Uint8Array | string;
  /** The caller's cancellation: aborting it ends the call with `E_ABORTED` and stops retries. */
  signal?: AbortSignal;
  /** A logical name for logs and metrics, e.g. `blacklist.submit`. */
  operation?: string;
  /** Sent as `Idempotency-Key`; a request carrying one may be retried whatever its method. */
  idempotencyKey?: string;
  /** Correlates the call's events, errors and the platform's logs; generated when absent. */
  requestId?: string;
  /** Set by middleware: the attempt number, 1 for the first. */
  attempt?: number;
  /** Set by middleware: when the whole call must be over, in epoch milliseconds of the client's clock. */
  deadlineAt?: number;
}

/** A response of any status, with the body fully read. */
export interface HttpResponse {
  status: number;
  /** Header names lowercased; repeated headers joined with `, `. */
  headers: Readonly<Record<string, string>>;
  body: Uint8Array;
  requestId: string;
  /** How many attempts the call took, this one included. */
  attempts: number;
  /** From the start of the call (first attempt) to the end of this response. */
  durationMs: number;
}
