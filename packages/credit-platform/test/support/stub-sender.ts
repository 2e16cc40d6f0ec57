import type { HttpRequest, HttpResponse } from '@credit-bridge/http';
import {
  type CreditPlatformClient,
  type CreditPlatformClientOptions,
  createCreditPlatformClient,
} from '../../src/index.js';

/** What a stubbed platform answers: a status (default 200), headers and a body (JSON unless a string). */
export interface StubAnswer {
  status?: number;
  headers?: Record<string, string>;
  body: unknown;
}

/**
 * A client whose terminal sender answers from `answer` without any socket, for unit tests of what the
 * client does with answers the mock never gives (broken envelopes, results out of place).
 */
export function stubClient(
  answer: (request: HttpRequest, index: number) => StubAnswer,
  options: Partial<CreditPlatformClientOptions> = {},
): { client: CreditPlatformClient; requests: HttpRequest[] } {
  const requests: HttpRequest[] = [];
  const sender = async (request: HttpRequest): Promise<HttpResponse> => {
    const { status = 200, headers = {}, body } = answer(request, requests.length);
    requests.push(request);
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return {
      status,
      headers: { 'content-type': 'application/json', ...headers },
      body: new TextEncoder().encode(text),
      requestId: request.requestId ?? '',
      attempts: request.attempt ?? 1,
      durationMs: 0,
    };
  };
  const client = createCreditPlatformClient({
    baseUrl: 'http://platform.test',
    appKey: 'unit-app',
    appSecret: 'unit-secret-0123456789',
    ...options,
    http: { sender, sleep: async () => {}, ...options.http },
  });
  return { client, requests };
}

/** A success envelope of the contract. */
export function ok(data: unknown): StubAnswer {
  return { body: { code: '00', message: '成功', requestId: 'stub-request', data } };
}
