import {
  CREDIT_PLATFORM_OPERATION_METHODS,
  type CreditPlatformOperation,
  matchPath,
} from '@credit-bridge/core';
import type { CreditPlatform } from '../platform/create-credit-platform.js';
import type { Answer } from './answer.js';
import { dispatchCreditOperation } from './credit/dispatch-credit-operation.js';
import { withIdempotency } from './credit/with-idempotency.js';
import type { MockRequest, MockResponse } from './mock-request.js';
import { headerReader } from './read-request.js';
import { payloadTooLargeAnswer, readContentType, unsupportedMediaTypeAnswer } from './request-input.js';
import { type SignedCall, serveRequest } from './serve-request.js';

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
  const match = matchPath(platform.profile, request.method, request.path);
  const idempotencyKey = headerReader(request.headers)(platform.profile.idempotency.keyHeader);
  return serveRequest(platform, request, {
    platform: 'credit',
    operation: match?.op,
    ...(idempotencyKey ? { idempotencyKey } : {}),
    handle: (call, op) => ({ answer: runOperation(platform, call, request, op, match?.params ?? {}) }),
  });
}

function runOperation(
  platform: CreditPlatform,
  call: SignedCall,
  request: MockRequest,
  op: CreditPlatformOperation,
  params: Readonly<Record<string, string>>,
): Answer & { replayed?: boolean } {
  const { envelope, query, header, appKey } = call;
  const context = {
    ...envelope,
    profile: platform.profile,
    platform,
    params,
    query,
    header,
    body: request.body,
  };
  if (CREDIT_PLATFORM_OPERATION_METHODS[op] === 'GET') return dispatchCreditOperation(op, context);
  const maxBytes = platform.profile.batchLimits.maxBodyBytes;
  if (request.body.length > maxBytes) return payloadTooLargeAnswer(envelope, maxBytes);
  const contentType = header('content-type') ?? '';
  if (readContentType(contentType).mediaType !== 'application/json') {
    const got = contentType === '' ? 'no Content-Type' : `got ${contentType.slice(0, 100)}`;
    return unsupportedMediaTypeAnswer(envelope, 'Content-Type must be application/json', 'Content-Type', got);
  }
  return withIdempotency(
    { ...context, appKey, method: request.method, path: request.path },
    op !== 'reportsCreate',
    () => dispatchCreditOperation(op, context),
  );
}
