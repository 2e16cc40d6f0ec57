import type { CreditPlatformEnvelope } from '@credit-bridge/core';
import type { Middleware } from '../compose-transport.js';
import { contractViolation } from '../errors/contract-violation.js';
import { isHttpStatusError } from '../errors/http-status-error.js';
import { PlatformError } from '../errors/platform-error.js';
import { type RequestContext, requestContext } from '../errors/transport-error.js';
import { firstIssue, type SafeParser } from './safe-parser.js';

/** A failure envelope, read: the gateway code, the machine code, the message and the issues. */
export interface EnvelopeFailure<Issue = unknown> {
  platformCode: string;
  errorCode: string;
  message: string;
  issues: Issue[];
}

/**
 * The envelope's schemas under a profile's field names, as the adapter that owns the contract builds them:
 * `head` reads only the code (a success or a failure), `success` the whole success envelope, `failure` the
 * whole failure envelope, whose error object holds `code` and `details` (the issues).
 */
export interface EnvelopeSchemas {
  head: SafeParser<Record<string, unknown>>;
  success: SafeParser<Record<string, unknown>>;
  failure: SafeParser<Record<string, unknown>>;
}

/** Options of {@link createEnvelopeReader}. */
export interface EnvelopeReaderOptions {
  /** The profile's field names and success code (`{ code: "00", message, requestId, data | error }`). */
  envelope: Pick<CreditPlatformEnvelope, 'fields' | 'successCode'>;
  schemas: EnvelopeSchemas;
  /** Whether a failure may succeed when tried again: the platform's rule for its machine codes. */
  isRetryable: (errorCode: string, status: number) => boolean;
  /**
   * A cheap test of raw bytes before they are decoded, for platforms whose answers are not all JSON (an
   * XML receipt); bytes it refuses hold no envelope. Default: every body is decoded and tried.
   */
  mayHoldEnvelope?: ((body: Uint8Array) => boolean) | undefined;
}

/** Where a failure envelope arrived: the call, and the HTTP status it came with. */
export type EnvelopeContext = RequestContext & { status: number; cause?: unknown };

/** Reads a platform's JSON envelope; see {@link createEnvelopeReader}. */
export interface EnvelopeReader<Issue = unknown> {
  /**
   * The failure envelope in a body (bytes or parsed JSON), or `undefined` for anything else: a success, a
   * body that is not JSON, an envelope that breaks the contract. For layers that only need to know.
   */
  failureOf(body: unknown): EnvelopeFailure<Issue> | undefined;
  /** A `PlatformError` for a failure envelope, retryable by the platform's rule. */
  platformError(failure: EnvelopeFailure<Issue>, context: EnvelopeContext): PlatformError;
  /**
   * An `HttpStatusError` whose body is a failure envelope, as a `PlatformError` (the status error as its
   * cause; `where` replaces the error's method, path and operation); any other error as it is.
   */
  fromStatusError(error: unknown, where?: Pick<RequestContext, 'method' | 'path' | 'operation'>): unknown;
  /**
   * The `data` of a success envelope, checked with `data` (issues at `data.…`); a `PlatformError` for a
   * failure envelope whatever its status; a `ContractError` with the path when the envelope breaks the
   * contract.
   */
  read<T>(json: unknown, context: RequestContext & { status: number }, data: SafeParser<T>): T;
  /**
   * Middleware for `always-200` gateways, which answer 200 even when the platform is unavailable or rate
   * limiting: a 2xx answer holding a retryable failure envelope becomes a retryable `PlatformError` inside
   * the retry layer, so it is retried like the 503 or 429 it stands for. Every other answer passes through
   * untouched and is judged once, after the retries.
   */
  retryableFailures(): Middleware;
}

const decoder = new TextDecoder();

/**
 * Reads a platform's JSON envelope under a profile's field names and success code: success data checked
 * with the operation's schema, failures as `PlatformError` (whatever the HTTP status: `always-200`
 * gateways put them in 200 answers), broken envelopes as `ContractError` with the path. The schemas come
 * from the adapter that owns the contract; the rule for retrying a failure too.
 *
 * @example
 * const reader = createEnvelopeReader({ envelope: profile.envelope, schemas, isRetryable });
 * const data = reader.read(json, { ...context, status: response.status }, dataSchema);
 */
export function createEnvelopeReader<Issue = unknown>(options: EnvelopeReaderOptions): EnvelopeReader<Issue> {
  const { schemas, isRetryable } = options;
  const { fields, successCode } = options.envelope;

  function asFailure(envelope: Record<string, unknown>): EnvelopeFailure<Issue> {
    const error = envelope[fields.error] as { code: string; details: Issue[] };
    return {
      platformCode: envelope[fields.code] as string,
      errorCode: error.code,
      message: envelope[fields.message] as string,
      issues: error.details,
    };
  }

  function failureOf(body: unknown): EnvelopeFailure<Issue> | undefined {
    let json = body;
    if (body instanceof Uint8Array) {
      if (options.mayHoldEnvelope !== undefined && !options.mayHoldEnvelope(body)) return undefined;
      try {
        json = JSON.parse(decoder.decode(body)) as unknown;
      } catch {
        return undefined;
      }
    }
    const head = schemas.head.safeParse(json);
    if (!head.success || head.data[fields.code] === successCode) return undefined;
    const failure = schemas.failure.safeParse(json);
    return failure.success ? asFailure(failure.data) : undefined;
  }

  function platformError(failure: EnvelopeFailure<Issue>, context: EnvelopeContext): PlatformError {
    const { status, cause, ...request } = context;
    return new PlatformError({
      ...request,
      platformCode: failure.platformCode,
      errorCode: failure.errorCode,
      platformMessage: failure.message,
      httpStatus: status,
      retryable: isRetryable(failure.errorCode, status),
      details: { issues: failure.issues },
      ...(cause === undefined ? {} : { cause }),
    });
  }

  return {
    failureOf,
    platformError,
    fromStatusError(error, where) {
      if (!isHttpStatusError(error)) return error;
      const failure = failureOf(error.body);
      if (failure === undefined) return error;
      return platformError(failure, {
        method: error.method,
        path: error.path,
        operation: error.operation,
        ...where,
        requestId: error.requestId,
        attempts: error.attempts,
        status: error.status,
        cause: error,
      });
    },
    read(json, { status, ...context }, data) {
      const head = schemas.head.safeParse(json);
      if (!head.success) throw contractViolation(context, json, firstIssue(head.error, 'a valid envelope'));
      if (head.data[fields.code] !== successCode) {
        const failure = schemas.failure.safeParse(json);
        if (!failure.success)
          throw contractViolation(context, json, firstIssue(failure.error, 'a valid envelope'));
        throw platformError(asFailure(failure.data), { ...context, status });
      }
      const success = schemas.success.safeParse(json);
      if (!success.success)
        throw contractViolation(context, json, firstIssue(success.error, 'a valid envelope'));
      const parsed = data.safeParse(success.data[fields.data]);
      if (parsed.success) return parsed.data;
      const issue = firstIssue(parsed.error, 'valid data');
      throw contractViolation(context, json, { ...issue, path: [fields.data, ...issue.path] });
    },
    retryableFailures: () => (next) => async (request) => {
      const response = await next(request);
      if (response.status < 200 || response.status >= 300) return response;
      const failure = failureOf(response.body);
      if (failure === undefined || !isRetryable(failure.errorCode, response.status)) return response;
      throw new PlatformError({
        ...requestContext(request),
        platformCode: failure.platformCode,
        errorCode: failure.errorCode,
        platformMessage: failure.message,
        httpStatus: response.status,
        retryable: true,
      });
    },
  };
}
