import { setupServer } from 'msw/node';
import { afterAll, beforeAll } from 'vitest';
import {
  createExchangePlatform,
  createExchangePlatformHandlers,
  createManualClock,
  type ExchangePlatform,
  type ExchangePlatformOptions,
  type ManualClock,
  startMockServer,
} from '../../src/index.js';
import { START } from './harness.js';
import { createTestClient, type TestClient } from './test-client.js';

/** One simulated exchange platform a test talks to, and the client that talks to it. */
export interface ExchangeUnderTest {
  readonly platform: ExchangePlatform;
  readonly clock: ManualClock;
  /** Signs as `demo-app` unless told otherwise (`AS_DRC` signs as the receiving department). */
  readonly client: TestClient;
  close(): Promise<void>;
}

/** Opens exchange platforms over one transport. */
export interface ExchangeTransport {
  readonly name: 'msw' | 'socket';
  open(options?: ExchangePlatformOptions): Promise<ExchangeUnderTest>;
}

/** In-process: msw intercepts fetch; every platform gets its own origin on one msw server. */
export function mswExchangeTransport(): ExchangeTransport {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  let origins = 0;
  return {
    name: 'msw',
    async open(options = {}) {
      origins += 1;
      const clock = createManualClock(START);
      const platform = createExchangePlatform({ clock, ...options });
      const baseUrl = `https://exchange-${origins}.mock.test`;
      server.use(...createExchangePlatformHandlers({ baseUrl, platform }));
      return { platform, clock, client: createTestClient(baseUrl, clock), close: async () => undefined };
    },
  };
}

/** Over real sockets: the node:http mock server, serving this exchange platform, on a free loopback port. */
export function socketExchangeTransport(): ExchangeTransport {
  return {
    name: 'socket',
    async open(options = {}) {
      const clock = createManualClock(START);
      const server = await startMockServer({
        clock,
        exchange: createExchangePlatform({ clock, ...options }),
      });
      return {
        platform: server.exchange,
        clock,
        client: createTestClient(server.exchangeUrl, clock),
        close: () => server.close(),
      };
    },
  };
}
