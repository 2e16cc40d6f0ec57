import { type SetupServer, setupServer } from 'msw/node';
import { createCreditPlatformHandlers } from '../msw/create-credit-platform-handlers.js';
import {
  type CreditPlatform,
  type CreditPlatformOptions,
  createCreditPlatform,
} from '../platform/create-credit-platform.js';

/** The lifecycle hooks of the test runner (vitest's, jest's or node:test's have this shape). */
export interface TestHooks {
  readonly beforeAll: (fn: () => void) => unknown;
  readonly afterEach: (fn: () => void) => unknown;
  readonly afterAll: (fn: () => void) => unknown;
}

/** Options of {@link setupMockPlatforms}: the credit platform's options plus where it answers. */
export interface SetupMockPlatformsOptions extends CreditPlatformOptions {
  /** The runner's hooks; pass vitest's `{ beforeAll, afterEach, afterAll }`. */
  readonly hooks: TestHooks;
  /** The origin the credit platform answers on; default `https://credit.mock.test`. */
  readonly creditBaseUrl?: string;
}

/** The simulated platforms of a test file. */
export interface MockPlatforms {
  /** The credit platform's state, faults, journal and auth: reset after every test. */
  readonly credit: CreditPlatform;
  readonly creditBaseUrl: string;
  /** The msw server, for `server.use(...)` overrides in a test. */
  readonly server: SetupServer;
}

/**
 * Simulates the platforms in-process for a test file: msw's `setupServer` with the platform handlers,
 * listening with `onUnhandledRequest: 'error'` (a request to anywhere else fails the test) from `beforeAll`,
 * the platforms reset (and msw overrides dropped) after each test, closed after all. The mock package
 * imports no test runner, so the hooks are passed in.
 *
 * @example
 * import { afterAll, afterEach, beforeAll } from 'vitest';
 * import { setupMockPlatforms } from '@credit-bridge/mock/vitest';
 *
 * const platforms = setupMockPlatforms({ hooks: { beforeAll, afterEach, afterAll } });
 * // fetch(`${platforms.creditBaseUrl}/api/v1/...`) with signed headers; assert on platforms.credit.journal
 */
export function setupMockPlatforms(options: SetupMockPlatformsOptions): MockPlatforms {
  const { hooks, creditBaseUrl = 'https://credit.mock.test', ...platformOptions } = options;
  const credit = createCreditPlatform(platformOptions);
  const server = setupServer(...createCreditPlatformHandlers({ baseUrl: creditBaseUrl, platform: credit }));
  hooks.beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  hooks.afterEach(() => {
    server.resetHandlers();
    credit.reset();
  });
  hooks.afterAll(() => server.close());
  return { credit, creditBaseUrl, server };
}
