import {
  EXCHANGE_PLATFORM_OPERATION_METHODS,
  type ExchangePlatformOperation,
  resolveExchangePath,
} from '@credit-bridge/core';
import {
  contractViolation,
  createStandardTransport,
  type HttpRequest,
  type HttpResponse,
  type QueryParams,
  type RequestContext,
} from '@credit-bridge/http';
import type { z } from 'zod';
import type { ResolvedExchangeOptions } from '../client/resolve-exchange-options.js';
import { type ExchangeAdapterEvent, emitExchangeEvent } from '../events/exchange-event.js';
import { envelopeReader } from './envelope-reader.js';
import { createRecordSizes, type RecordSizes } from './record-sizes.js';

/** One call of an operation. */
export interface ExchangeCall {
  op: ExchangePlatformOperation;
  /** The logical name on events and errors, e.g. `inbox.ack`. */
  operation: string;
  params?: Readonly<Record<string, string>>;
  query?: QueryParams;
  body?: Uint8Array | string;
  contentType?: string;
  accept: string;
  /** Marks a request the contract makes safe to repeat, so the retry layer may repeat it. */
  repeatable?: boolean;
  signal?: AbortSignal | undefined;
}

/** A JSON call: the schema its envelope's `data` must meet. */
export interface ExchangeJsonCall<T> extends Omit<ExchangeCall, 'accept'> {
  data: z.ZodType<T>;
}

/** A validated JSON answer. */
export interface ExchangeAnswer<T> {
  data: T;
  requestId: string;
  attempts: number;
}

/** What every operation is built on: the options, raw and JSON calls, events. */
export interface ExchangeCaller {
  readonly options: ResolvedExchangeOptions;
  /** Record measurements in the client's encoding, kept for the objects measured. */
  readonly sizes: RecordSizes;
  /**
   * Sends a call; a 2xx response comes back as it is, a failure envelope (with an error status, or in a
   * 200 where an XML answer was expected) as a `PlatformError`.
   */
  send(call: ExchangeCall): Promise<{ response: HttpResponse; context: RequestContext }>;
  json<T>(call: ExchangeJsonCall<T>): Promise<ExchangeAnswer<T>>;
  emit(event: ExchangeAdapterEvent): void;
  close(): void;
}

const decoder = new TextDecoder();

/**
 * The call layer of an exchange client: resolves the operation's path, sends the call through the
 * standard transport, turns a failure envelope inside an HTTP status error into a `PlatformError`, and for
 * JSON operations reads the envelope and validates `data` with the operation's schema before returning.
 *
 * The transport sends no `Idempotency-Key` header, which the exchange contract does not have: a publish is
 * made safe to repeat by its `messageId` (same bytes, same receipt) and an acknowledgement by its
 * semantics, and such requests carry `idempotencyKey` only so that the retry layer repeats them. For
 * `always-200` gateways, transient failures inside 200 envelopes are made retryable.
 *
 * @example
 * const caller = createExchangeCaller(resolved);
 * const { data } = await caller.json({ op: 'catalog', operation: 'catalog', data: catalogSchema });
 */
export function createExchangeCaller(options: ResolvedExchangeOptions): ExchangeCaller {
  const { profile } = options;
  const envelope = envelopeReader(profile);
  const { transport, close } = createStandardTransport(options.http, {
    idempotencyKeyHeader: false,
    inner: profile.statusMode === 'always-200' ? [envelope.retryableFailures()] : [],
  });

  async function send(call: ExchangeCall): Promise<{ response: HttpResponse; context: RequestContext }> {
    const path = resolveExchangePath(profile, call.op, call.params);
    const method = EXCHANGE_PLATFORM_OPERATION_METHODS[call.op];
    const request: HttpRequest = {
      method,
      url: `${options.http.baseUrl}${path}`,
      headers:
        call.contentType === undefined
          ? { Accept: call.accept }
          : { Accept: call.accept, 'Content-Type': call.contentType },
      operation: call.operation,
      ...(call.query === undefined ? {} : { query: call.query }),
      ...(call.body === undefined ? {} : { body: call.body }),
      // The retry layer repeats a POST only when it carries a key; no header is sent for it here.
      ...(call.repeatable ? { idempotencyKey: `${call.op}:${path}` } : {}),
      ...(call.signal === undefined ? {} : { signal: call.signal }),
    };
    let response: HttpResponse;
    try {
      response = await transport(request);
    } catch (error) {
      throw envelope.fromStatusError(error, { method, path, operation: call.operation });
    }
    const context: RequestContext = {
      method,
      path,
      operation: call.operation,
      requestId: response.requestId,
      attempts: response.attempts,
    };
    if (call.accept !== 'application/json') {
      const failure = envelope.failureOf(response.body);
      if (failure !== undefined)
        throw envelope.platformError(failure, { ...context, status: response.status });
    }
    return { response, context };
  }

  async function json<T>(call: ExchangeJsonCall<T>): Promise<ExchangeAnswer<T>> {
    const { response, context } = await send({ ...call, accept: 'application/json' });
    let body: unknown;
    try {
      body = JSON.parse(decoder.decode(response.body)) as unknown;
    } catch {
      // A JSON SyntaxError quotes the body, which may hold identifiers: the masked snippet says enough.
      throw contractViolation(context, decoder.decode(response.body), {
        path: [],
        message: 'a JSON envelope',
      });
    }
    const data = envelope.read(body, { ...context, status: response.status }, call.data);
    return { data, requestId: response.requestId, attempts: response.attempts };
  }

  return {
    options,
    sizes: createRecordSizes(options.encoding),
    send,
    json,
    emit: (event) => emitExchangeEvent(options.onEvent, event),
    close,
  };
}
