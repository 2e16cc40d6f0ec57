import type { CreditPlatformClient, CreditPlatformClientOptions } from '@credit-bridge/credit-platform';
import { createCreditPlatformClient } from '@credit-bridge/credit-platform';
import {
  type CreditPlatform,
  createCreditPlatform,
  createManualClock,
  DEMO_APP_KEY,
  DEMO_APP_SECRET,
  type ManualClock,
  type MockServer,
  startMockServer,
} from '@credit-bridge/mock';
import { setupMockPlatforms } from '@credit-bridge/mock/vitest';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** The synthetic generators' fixed today (`SYNTHETIC_TODAY`), 09:00 in Wuhan: where every fixture's clock starts. */
export const START = Date.parse('2026-06-30T09:00:00+08:00');

/** A simulated credit platform for one describe block, and clients wired to it. */
export interface PlatformFixture {
  readonly mode: string;
  readonly platform: CreditPlatform;
  /** Shared by the platform, the clients and the mirrors; the clients' retry waits advance it. */
  readonly clock: ManualClock;
  /** A client with the demo credentials, the fixture's clock and patient retries; closed after the test. */
  client(overrides?: Partial<CreditPlatformClientOptions>): CreditPlatformClient;
}

/** Builds a fixture inside the calling `describe` (its hooks attach there). */
export type FixtureFactory = () => PlatformFixture;

// Enough attempts and budget that 20% faults on a route cannot exhaust them in these small runs.
const TEST_RETRY = {
  maxAttempts: 6,
  baseDelayMs: 100,
  maxDelayMs: 2_000,
  budget: { ratio: 1, minPerSecond: 50, maxTokens: 500 },
};

let origins = 0;

function fixtureOf(
  mode: string,
  clock: ManualClock,
  where: () => { platform: CreditPlatform; baseUrl: string },
) {
  const open: CreditPlatformClient[] = [];
  afterEach(() => {
    for (const client of open.splice(0)) client.close();
    clock.set(START);
  });
  const fixture: PlatformFixture = {
    mode,
    clock,
    get platform() {
      return where().platform;
    },
    client(overrides = {}) {
      const client = createCreditPlatformClient({
        baseUrl: where().baseUrl,
        appKey: DEMO_APP_KEY,
        appSecret: DEMO_APP_SECRET,
        ...overrides,
        http: {
          clock: () => clock.now(),
          sleep: async (ms) => clock.advance(ms),
          retry: TEST_RETRY,
          ...overrides.http,
        },
      });
      open.push(client);
      return client;
    },
  };
  return fixture;
}

/** The platform in-process: the mock's msw handlers, `onUnhandledRequest: 'error'`. */
export const inProcess: FixtureFactory = () => {
  const clock = createManualClock(START);
  origins += 1;
  const platforms = setupMockPlatforms({
    hooks: { beforeAll, afterEach, afterAll },
    creditBaseUrl: `https://credit-sync-${origins}.mock.test`,
    clock,
    seed: 17,
    journalCapacity: 20_000,
  });
  return fixtureOf('in-process (msw)', clock, () => ({
    platform: platforms.credit,
    baseUrl: platforms.creditBaseUrl,
  }));
};

/** The platform over real sockets: the mock's standalone node:http server on a loopback port. */
export const overHttp: FixtureFactory = () => {
  const clock = createManualClock(START);
  const platform = createCreditPlatform({ clock, seed: 17, journalCapacity: 20_000 });
  let server: MockServer | undefined;
  beforeAll(async () => {
    server = await startMockServer({ platform });
  });
  afterEach(() => platform.reset());
  afterAll(async () => {
    await server?.close();
  });
  return fixtureOf('over HTTP (node:http)', clock, () => {
    if (server === undefined) throw new Error('the mock server is not running');
    return { platform, baseUrl: server.creditUrl };
  });
};
