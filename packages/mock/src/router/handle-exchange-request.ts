import { matchExchangePath } from '@credit-bridge/core';
import type { ExchangePlatform } from '../platform/create-exchange-platform.js';
import { failureAnswer } from './answer.js';
import { dispatchExchangeOperation } from './exchange/dispatch-exchange-operation.js';
import type { MockRequest, MockResponse } from './mock-request.js';
import { serveRequest } from './serve-request.js';

/**
 * The exchange platform's router, shared by the msw handlers and the node:http server, on the same
 * pipeline as the credit platform's: the operation by the profile, faults before or after commit, the
 * signature, then the caller's department (an app key acting for none is 401 `E_AUTH_APP_KEY`) and the
 * operation; every exchange is journalled. A receipt is XML; every other answer is a JSON envelope.
 * Never throws for a bad request.
 *
 * @example
 * const response = await handleExchangeRequest(exchange, mockRequestFromUrl('GET', '/exchange/v1/inbox?limit=20', headers));
 */
export async function handleExchangeRequest(
  platform: ExchangePlatform,
  request: MockRequest,
): Promise<MockResponse> {
  const match = matchExchangePath(platform.profile, request.method, request.path);
  return serveRequest(platform, request, {
    platform: 'exchange',
    operation: match?.op,
    handle(call, op) {
      const department = platform.state.directory.departmentOf(call.appKey);
      if (department === undefined) {
        const field = platform.profile.signing.headers.appKey;
        const answer = failureAnswer(call.envelope, {
          status: 401,
          gateway: 'failure',
          errorCode: 'E_AUTH_APP_KEY',
          message: 'the app key acts for no department of the exchange platform',
          details: [{ code: 'E_AUTH_APP_KEY', field, message: 'no department' }],
        });
        return { answer };
      }
      return dispatchExchangeOperation(op, {
        ...call.envelope,
        profile: platform.profile,
        platform,
        department,
        params: match?.params ?? {},
        query: call.query,
        header: call.header,
        body: request.body,
      });
    },
  });
}
