import type { HttpHandler } from 'msw';
import type { ExchangePlatform } from '../platform/create-exchange-platform.js';
import { handleExchangeRequest } from '../router/handle-exchange-request.js';
import { routerHandler } from './router-handler.js';

/** Options of {@link createExchangePlatformHandlers}. */
export interface ExchangePlatformHandlersOptions {
  /** The origin the platform answers on, e.g. `https://exchange.mock.test`; paths come from the profile. */
  readonly baseUrl: string;
  readonly platform: ExchangePlatform;
}

/**
 * msw handlers for a simulated exchange platform: every request under `baseUrl` goes to the router the
 * standalone server uses, so in-process tests see exactly what a socket would carry, faults included.
 *
 * @example
 * const exchange = createExchangePlatform();
 * const server = setupServer(...createExchangePlatformHandlers({ baseUrl: 'https://exchange.mock.test', platform: exchange }));
 */
export function createExchangePlatformHandlers(options: ExchangePlatformHandlersOptions): HttpHandler[] {
  const { platform } = options;
  return [
    routerHandler(options.baseUrl, (request) => handleExchangeRequest(platform, request), platform.sleep),
  ];
}
