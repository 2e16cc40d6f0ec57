import { type HttpHandler, http } from 'msw';
import type { CreditPlatform } from '../platform/create-credit-platform.js';
import { handleCreditRequest } from '../router/handle-credit-request.js';
import { mockRequestFromUrl } from '../router/mock-request.js';
import { toFetchResponse } from './to-fetch-response.js';

/** Options of {@link createCreditPlatformHandlers}. */
export interface CreditPlatformHandlersOptions {
  /**
   * The origin the platform answers on, e.g. `https://credit.mock.test`. Paths come from the platform's
   * profile; a deployment with a path prefix puts it into the profile's paths.
   */
  readonly baseUrl: string;
  readonly platform: CreditPlatform;
}

/**
 * msw handlers for a simulated credit platform: every request under `baseUrl` goes to the same router the
 * standalone server uses (unknown paths get the platform's 404 envelope), so in-process tests see exactly
 * what a real socket would carry, faults included.
 *
 * @example
 * const platform = createCreditPlatform();
 * const server = setupServer(...createCreditPlatformHandlers({ baseUrl: 'https://credit.mock.test', platform }));
 */
export function createCreditPlatformHandlers(options: CreditPlatformHandlersOptions): HttpHandler[] {
  const origin = new URL(options.baseUrl).origin;
  const { platform } = options;
  return [
    http.all(`${origin}/*`, async ({ request }) => {
      const headers = Object.fromEntries(request.headers.entries());
      const body = new Uint8Array(await request.arrayBuffer());
      const response = await handleCreditRequest(
        platform,
        mockRequestFromUrl(request.method, request.url, headers, body),
      );
      return toFetchResponse(response, platform.sleep);
    }),
  ];
}
