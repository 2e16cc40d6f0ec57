import { type SetupServer, setupServer } from 'msw/node';
import { createCreditPlatformHandlers } from '../msw/create-credit-platform-handlers.js';
import { createExchangePlatformHandlers } from '../msw/create-exchange-platform-handlers.js';
import {
  type CreditPlatform,
  type CreditPlatformOptions,
  createCreditPlatform,
} from '../platform/create-credit-platform.js';
import {
  createExchangePlatform,
  type ExchangePlatform,
  type ExchangePlatformOptions,
} from '../platform/create-exchange-platform.js';

/** The lifecycle hooks of the test runner (vitest's, jest's or node:test's have this shape). */
export interface TestHooks {
  readonly beforeAll: (fn: () => void) => unknown;
  readonly afterEach: (fn: () => void) => unknown;
  readonly afterAll: (fn: () => void) => unknown;
}

/** Options of {@link setupMockPlatforms}: the credit platform's options, the exchange's, and where they answer. */
export interface SetupMockPlatformsOptions extends CreditPlatformOptions {
  /** The runner's hooks; pass vitest's `{ beforeAll, afterEach, afterAll }`. */
  readonly hooks: TestHooks;
  /** The origin the credit platform answers on; default `https://credit.mock.test`. */
  readonly creditBaseUrl?: string;
  /** The origin the exchange platform answers on; default `https://exchange.mock.test`. */
  readonly exchangeBaseUrl?: string;
  /**
   * Options of the exchange platform; `clock`, `sleep`, `seed`, `apps`, `latencyMs` and `faultRate` default
   * to the ones given above, so both platforms share one clock.
   */
  readonly exchange?: ExchangePlatformOptions;
}

/** The simulated platforms of a test file. */
export interface MockPlatforms {
  /** The credit platform's state, faults, journal and auth: reset after every test. */
  readonly credit: CreditPlatform;
  readonly creditBaseUrl: string;
  /** The exchange platform's state (messages, inboxes, shared data), faults, journal and auth: reset too. */
  readonly exchange: ExchangePlatform;
  readonly exchangeBaseUrl: string;
  /** The msw server, for `server.use(...)` overrides in a test. */
  readonly server: SetupServer;
}

/**
 * Simulates both platforms in-process for a test file: msw's `setupServer` with their handlers, listening
 * with `onUnhandledRequest: 'error'` (a request to anywhere else fails the test) from `beforeAll`, the
 * platforms reset (and msw overrides dropped) after each test, closed after all. The mock package imports
 * no test runner, so the hooks are passed in.
 *
 * @example
 * import { afterAll, afterEach, beforeAll } from 'vitest';
 * import { setupMockPlatforms } from '@credit-bridge/mock/vitest';
 *
 * const platforms = setupMockPlatforms({ hooks: { beforeAll, afterEach, afterAll } });
 * // fetch(`${platforms.exchangeBaseUrl}/exchange/v1/inbox`) with signed headers; assert on platforms.exchange.journal
 */
export function setupMockPlatforms(options: SetupMockPlatformsOptions): MockPlatforms {
  const {
    hooks,
    creditBaseUrl = 'https://credit.mock.test',
    exchangeBaseUrl = 'https://exchange.mock.test',
    exchange: exchangeOptions = {},
    ...platformOptions
  } = options;
  const credit = createCreditPlatform(platformOptions);
  const { clock, sleep, seed, apps, latencyMs, faultRate } = platformOptions;
  const exchange = createExchangePlatform({
    clock: clock ?? credit.clock,
    sleep: sleep ?? credit.sleep,
    ...(seed === undefined ? {} : { seed }),
    ...(apps === undefined ? {} : { apps }),
    ...(latencyMs === undefined ? {} : { latencyMs }),
    ...(faultRate === undefined ? {} : { faultRate }),
    ...exchangeOptions,
  });
  const server = setupServer(
    ...createCreditPlatformHandlers({ baseUrl: creditBaseUrl, platform: credit }),
    ...createExchangePlatformHandlers({ baseUrl: exchangeBaseUrl, platform: exchange }),
  );
  hooks.beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  hooks.afterEach(() => {
    server.resetHandlers();
    credit.reset();
    exchange.reset();
  });
  hooks.afterAll(() => server.close());
  return { credit, creditBaseUrl, exchange, exchangeBaseUrl, server };
}
