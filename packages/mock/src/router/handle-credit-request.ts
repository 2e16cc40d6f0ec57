import {
  CREDIT_PLATFORM_OPERATION_METHODS,
  type CreditPlatformOperation,
  matchPath,
} from '@credit-bridge/core';
import type { CreditPlatform } from '../platform/create-credit-platform.js';
import type { FaultSpec } from '../state/faults/fault.js';
import { type Answer, type EnvelopeContext, failureAnswer } from './answer.js';
import { dispatchCreditOperation } from './credit/dispatch-credit-operation.js';
import { withIdempotency } from './credit/with-idempotency.js';
import { faultAnswer, losesAnswer } from './fault-answer.js';
import { journalRequest } from './journal-request.js';
import type { MockRequest, MockResponse } from './mock-request.js';
import { headerReader, parseRawQuery } from './read-request.js';

/**
 * The credit platform's router, shared by the msw handlers and the node:http server: recognises the
 * operation by the platform's profile, injects the fault the plan decides (before the request touches any
 * state, or after it committed), checks the signature, applies idempotency, runs the operation and journals
 * the exchange. Never throws for a bad request: every problem is an envelope.
 *
 * @example
 * const response = await handleCreditRequest(platform, mockRequestFromUrl('GET', '/api/v1/blacklist/changes', headers));
 */
export async function handleCreditRequest(
  platform: CreditPlatform,
  request: MockRequest,
): Promise<MockResponse> {
  platform.state.advance();
  const context: EnvelopeContext = { profile: platform.profile, requestId: platform.nextRequestId() };
  const header = headerReader(request.headers);
  const match = matchPath(platform.profile, request.method, request.path);
  const appKeyHeader = header(platform.profile.signing.headers.appKey);
  const idempotencyKey = header(platform.profile.idempotency.keyHeader);
  const journal = (
    answer: Answer & { replayed?: boolean },
    facts: { fault?: FaultSpec; appKey?: string },
  ) => {
    journalRequest(platform.journal, platform.profile, {
      at: platform.clock.now(),
      request,
      response: answer.response,
      requestId: context.requestId,
      ...(match === undefined ? {} : { operation: match.op }),
      ...((facts.appKey ?? appKeyHeader) ? { appKey: (facts.appKey ?? appKeyHeader) as string } : {}),
      ...(idempotencyKey ? { idempotencyKey } : {}),
      ...(answer.replayed ? { replayed: true } : {}),
      ...(facts.fault === undefined ? {} : { fault: facts.fault }),
    });
    return answer.response;
  };

  if (match === undefined) {
    return journal(
      failureAnswer(context, {
        status: 404,
        gateway: 'failure',
        errorCode: 'E_NOT_FOUND',
        message: 'no such operation',
      }),
      {},
    );
  }
  const fault = platform.faults.decide(match.op);
  if (platform.latencyMs > 0) await platform.sleep(platform.latencyMs);
  if (fault?.kind === 'latency') await platform.sleep(fault.ms);
  const timing = fault?.timing ?? 'before';
  if (fault !== undefined && losesAnswer(fault) && timing === 'before') {
    return journal(faultAnswer(context, fault, undefined), { fault });
  }

  const outcome = handleSigned(platform, context, request, header, match.op, match.params);
  let answer: Answer & { replayed?: boolean } = outcome.answer;
  if (fault !== undefined && (fault.kind === 'dribble' || (losesAnswer(fault) && timing === 'afterCommit'))) {
    answer = { ...faultAnswer(context, fault, answer), ...(answer.replayed ? { replayed: true } : {}) };
  }
  return journal(answer, {
    ...(fault === undefined ? {} : { fault }),
    ...(outcome.appKey ? { appKey: outcome.appKey } : {}),
  });
}

function handleSigned(
  platform: CreditPlatform,
  envelope: EnvelopeContext,
  request: MockRequest,
  header: (name: string) => string | undefined,
  op: CreditPlatformOperation,
  params: Readonly<Record<string, string>>,
): { answer: Answer & { replayed?: boolean }; appKey?: string } {
  const query = parseRawQuery(request.query);
  const failure = (
    status: number,
    gateway: 'dataError' | 'wrongParameterType',
    errorCode: string,
    message: string,
    field?: string,
  ) =>
    failureAnswer(envelope, {
      status,
      gateway,
      errorCode,
      message,
      details: [{ code: errorCode, ...(field === undefined ? {} : { field }), message }],
    });
  if (query === undefined) {
    return {
      answer: failure(
        400,
        'wrongParameterType',
        'E_PARAM_TYPE',
        'the query does not percent-decode',
        'query',
      ),
    };
  }
  const auth = platform.auth.verify({
    method: request.method,
    path: request.path,
    query,
    header,
    body: request.body,
  });
  if (!auth.ok) {
    const answer = failureAnswer(envelope, {
      status: 401,
      gateway: auth.gateway,
      errorCode: auth.code,
      message: auth.message,
      details: [{ code: auth.code, field: auth.field, message: auth.detail }],
    });
    return { answer, ...(auth.appKey === undefined ? {} : { appKey: auth.appKey }) };
  }
  const context = { ...envelope, platform, params, query, header, body: request.body };
  const appKey = auth.appKey;
  if (CREDIT_PLATFORM_OPERATION_METHODS[op] === 'GET')
    return { answer: dispatchCreditOperation(op, context), appKey };

  const maxBytes = platform.profile.batchLimits.maxBodyBytes;
  if (request.body.length > maxBytes) {
    return {
      answer: failure(413, 'dataError', 'E_PAYLOAD_TOO_LARGE', `the body exceeds ${maxBytes} bytes`),
      appKey,
    };
  }
  const contentType = header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(contentType)) {
    const got = contentType === '' ? 'no Content-Type' : `got ${contentType.slice(0, 100)}`;
    const answer = failureAnswer(envelope, {
      status: 415,
      gateway: 'wrongParameterType',
      errorCode: 'E_UNSUPPORTED_MEDIA_TYPE',
      message: 'Content-Type must be application/json',
      details: [{ code: 'E_UNSUPPORTED_MEDIA_TYPE', field: 'Content-Type', message: got }],
    });
    return { answer, appKey };
  }
  const answer = withIdempotency(
    { ...context, appKey, method: request.method, path: request.path },
    op !== 'reportsCreate',
    () => dispatchCreditOperation(op, context),
  );
  return { answer, appKey };
}
