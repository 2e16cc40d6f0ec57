import { type HttpHandler, http } from 'msw';
import { type MockRequest, type MockResponse, mockRequestFromUrl } from '../router/mock-request.js';
import type { Sleep } from '../state/clock.js';
import { toFetchResponse } from './to-fetch-response.js';

/**
 * One msw handler that hands every request under `baseUrl`'s origin, bytes as they came, to a platform's
 * router, and acts out its answer (faults included) the way fetch sees it.
 */
export function routerHandler(
  baseUrl: string,
  route: (request: MockRequest) => Promise<MockResponse>,
  sleep: Sleep,
): HttpHandler {
  const origin = new URL(baseUrl).origin;
  return http.all(`${origin}/*`, async ({ request }) => {
    const headers = Object.fromEntries(request.headers.entries());
    const body = new Uint8Array(await request.arrayBuffer());
    const response = await route(mockRequestFromUrl(request.method, request.url, headers, body));
    return toFetchResponse(response, sleep);
  });
}
