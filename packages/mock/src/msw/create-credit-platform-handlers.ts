import type { HttpHandler } from 'msw';
import type { CreditPlatform } from '../platform/create-credit-platform.js';
import { handleCreditRequest } from '../router/handle-credit-request.js';
import { routerHandler } from './router-handler.js';

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
  const { platform } = options;
  return [
    routerHandler(options.baseUrl, (request) => handleCreditRequest(platform, request), platform.sleep),
  ];
}
