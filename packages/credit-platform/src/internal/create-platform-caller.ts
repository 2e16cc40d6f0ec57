import {
  CREDIT_PLATFORM_OPERATION_METHODS,
  type CreditPlatformOperation,
  type CreditPlatformProfile,
  resolvePath,
} from '@credit-bridge/core';
import {
  ContractError,
  createStandardTransport,
  type HttpRequest,
  type HttpResponse,
  type QueryParams,
  type RequestContext,
} from '@credit-bridge/http';
import type { z } from 'zod';
import type { ResolvedCreditPlatformOptions } from '../client/resolve-credit-platform-options.js';
import { type AdapterEvent, emitAdapterEvent } from '../events/credit-platform-event.js';
import { envelopeReader } from './envelope-reader.js';
import { createRecordEncoder, type RecordEncoder } from './record-encoder.js';

/** One call of an operation: which, with what, and the schema its `data` must meet. */
export interface PlatformCall<T> {
  op: CreditPlatformOperation;
  /** The logical name on events and errors, e.g. `blacklist.check`. */
  operation: string;
  params?: Readonly<Record<string, string>>;
  query?: QueryParams;
  /** JSON text or its UTF-8 bytes, sent exactly as given (so it is what is signed and measured). */
  body?: string | Uint8Array;
  idempotencyKey?: string | undefined;
  signal?: AbortSignal | undefined;
  /** Validates the envelope's `data` and turns it into domain values. */
  data: z.ZodType<T>;
}

/** A validated answer. */
export interface PlatformAnswer<T> {
  data: T;
  status: number;
  headers: Readonly<Record<string, string>>;
  requestId: string;
  attempts: number;
  /** True when the platform replayed a stored answer for the idempotency key. */
  replayed: boolean;
}

/** What every operation is built on: the profile, the resolved options, a validated call and events. */
export interface PlatformCaller {
  readonly profile: CreditPlatformProfile;
  readonly options: ResolvedCreditPlatformOptions;
  /** Encodes records under the profile once, for `client.encode` and the submits that reuse it. */
  readonly encoder: RecordEncoder;
  call<T>(spec: PlatformCall<T>): Promise<PlatformAnswer<T>>;
  emit(event: AdapterEvent): void;
  close(): void;
}

const decoder = new TextDecoder();

function parseJson(response: HttpResponse, context: RequestContext): unknown {
  const text = decoder.decode(response.body);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // No `cause`: a JSON SyntaxError quotes the body, which may hold identifiers.
    throw new ContractError({ ...context, jsonPath: [], expected: 'a JSON envelope', received: text });
  }
}

/**
 * The call layer of a credit platform client: resolves the operation's path under the profile, sends it
 * through the standard transport (the idempotency key under the profile's header; for `always-200`
 * gateways, transient failures inside 200 envelopes made retryable; one retry budget per client), reads
 * the envelope (success data, `PlatformError`, or `ContractError`) and validates the data with the
 * operation's schema before anything is returned. A failure envelope inside an HTTP status error becomes
 * a `PlatformError` too.
 *
 * @example
 * const caller = createPlatformCaller(resolved);
 * const { data } = await caller.call({ op: 'repairGet', operation: 'repairs.get', params: { repairId }, data: schema });
 */
export function createPlatformCaller(options: ResolvedCreditPlatformOptions): PlatformCaller {
  const { profile } = options;
  const envelope = envelopeReader(profile);
  const { transport, close } = createStandardTransport(options.http, {
    idempotencyKeyHeader: profile.idempotency.keyHeader,
    inner: profile.statusMode === 'always-200' ? [envelope.retryableFailures()] : [],
  });
  const replayedHeader = profile.idempotency.replayedHeader.toLowerCase();

  async function call<T>(spec: PlatformCall<T>): Promise<PlatformAnswer<T>> {
    const path = resolvePath(profile, spec.op, spec.params);
    const request: HttpRequest = {
      method: CREDIT_PLATFORM_OPERATION_METHODS[spec.op],
      url: `${options.http.baseUrl}${path}`,
      headers:
        spec.body === undefined
          ? { Accept: 'application/json' }
          : { Accept: 'application/json', 'Content-Type': 'application/json; charset=utf-8' },
      operation: spec.operation,
      ...(spec.query === undefined ? {} : { query: spec.query }),
      ...(spec.body === undefined ? {} : { body: spec.body }),
      ...(spec.idempotencyKey === undefined ? {} : { idempotencyKey: spec.idempotencyKey }),
      ...(spec.signal === undefined ? {} : { signal: spec.signal }),
    };
    let response: HttpResponse;
    try {
      response = await transport(request);
    } catch (error) {
      throw envelope.fromStatusError(error);
    }
    const context: RequestContext = {
      method: request.method,
      path,
      operation: spec.operation,
      requestId: response.requestId,
      attempts: response.attempts,
    };
    const json = parseJson(response, context);
    return {
      data: envelope.read(json, { ...context, status: response.status }, spec.data),
      status: response.status,
      headers: response.headers,
      requestId: response.requestId,
      attempts: response.attempts,
      replayed: response.headers[replayedHeader] === 'true',
    };
  }

  return {
    profile,
    options,
    encoder: createRecordEncoder(profile),
    call,
    emit: (event) => emitAdapterEvent(options.onEvent, event),
    close,
  };
}
