import { setupServer } from 'msw/node';
import { afterAll, beforeAll } from 'vitest';
import {
  type CreditPlatform,
  type CreditPlatformOptions,
  createCreditPlatform,
  createCreditPlatformHandlers,
  createManualClock,
  type ManualClock,
  startMockServer,
} from '../../src/index.js';
import { createTestClient, type TestClient } from './test-client.js';

/** The instant every scenario starts at: 2026-07-15 10:00 in Shanghai, after the generators' today. */
export const START = Date.parse('2026-07-15T10:00:00+08:00');

/** One simulated credit platform a test talks to, and the client that talks to it. */
export interface PlatformUnderTest {
  readonly platform: CreditPlatform;
  readonly clock: ManualClock;
  readonly client: TestClient;
  close(): Promise<void>;
}

/** Opens platforms over one transport. */
export interface Transport {
  readonly name: 'msw' | 'socket';
  open(options?: CreditPlatformOptions): Promise<PlatformUnderTest>;
}

/** In-process: msw intercepts fetch; every platform gets its own origin on one msw server. */
export function mswTransport(): Transport {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  let origins = 0;
  return {
    name: 'msw',
    async open(options = {}) {
      origins += 1;
      const clock = createManualClock(START);
      const platform = createCreditPlatform({ clock, ...options });
      const baseUrl = `https://credit-${origins}.mock.test`;
      server.use(...createCreditPlatformHandlers({ baseUrl, platform }));
      return { platform, clock, client: createTestClient(baseUrl, clock), close: async () => undefined };
    },
  };
}

/** Over real sockets: a node:http mock server on a free loopback port per platform. */
export function socketTransport(): Transport {
  return {
    name: 'socket',
    async open(options = {}) {
      const clock = createManualClock(START);
      const server = await startMockServer({ clock, platform: createCreditPlatform({ clock, ...options }) });
      return {
        platform: server.credit,
        clock,
        client: createTestClient(server.creditUrl, clock),
        close: () => server.close(),
      };
    },
  };
}
