import type { CreditPlatformProfile } from '@credit-bridge/core';
import { createAxiosSender, type HttpRequest } from '@credit-bridge/http';
import {
  type CreditPlatform,
  type CreditPlatformOptions,
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
import {
  type CreditPlatformClient,
  type CreditPlatformClientOptions,
  type CreditPlatformEvent,
  createCreditPlatformClient,
} from '../../src/index.js';

/** How a fixture's platform behaves. */
export interface FixtureOptions {
  profile?: CreditPlatformProfile;
  reportDelayMs?: number;
  /** The platform's waits (latency and dribble faults) never end: a response that never completes. */
  neverEnding?: boolean;
}

/** A simulated platform for one describe block, and clients wired to it. */
export interface PlatformFixture {
  readonly mode: string;
  readonly platform: CreditPlatform;
  readonly baseUrl: string;
  /** Shared by the platform and the clients; the clients' sleep advances it, so no test waits. */
  readonly clock: ManualClock;
  /** Every request the clients of this test sent, signed, as the terminal sender received it. */
  readonly sent: HttpRequest[];
  /** Every event the clients of this test emitted. */
  readonly events: CreditPlatformEvent[];
  /** A client with the demo credentials, the fixture's profile, clock and sleep; closed after the test. */
  client(overrides?: Partial<CreditPlatformClientOptions>): CreditPlatformClient;
}

/** Builds a fixture inside the calling `describe` (its hooks attach there). */
export type FixtureFactory = (options?: FixtureOptions) => PlatformFixture;

/** Transport settings for tests: enough attempts and budget that a 20% fault rate cannot exhaust them. */
export const TEST_RETRY = {
  maxAttempts: 6,
  baseDelayMs: 100,
  maxDelayMs: 2_000,
  budget: { ratio: 1, minPerSecond: 50, maxTokens: 500 },
};

const NEVER = () => new Promise<void>(() => {});
let origins = 0;

function platformOptions(options: FixtureOptions, clock: ManualClock): CreditPlatformOptions {
  return {
    clock,
    seed: 11,
    journalCapacity: 20_000,
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    ...(options.reportDelayMs === undefined ? {} : { reportDelayMs: options.reportDelayMs }),
    ...(options.neverEnding ? { sleep: NEVER } : {}),
  };
}

function fixtureOf(
  mode: string,
  options: FixtureOptions,
  clock: ManualClock,
  where: () => { platform: CreditPlatform; baseUrl: string },
): PlatformFixture {
  const sent: HttpRequest[] = [];
  const events: CreditPlatformEvent[] = [];
  const open: { close(): void }[] = [];
  afterEach(() => {
    for (const item of open.splice(0)) item.close();
    sent.length = 0;
    events.length = 0;
  });
  return {
    mode,
    clock,
    sent,
    events,
    get platform() {
      return where().platform;
    },
    get baseUrl() {
      return where().baseUrl;
    },
    client(overrides = {}) {
      const axios = createAxiosSender({ connectTimeoutMs: 2_000 });
      const client = createCreditPlatformClient({
        baseUrl: where().baseUrl,
        appKey: DEMO_APP_KEY,
        appSecret: DEMO_APP_SECRET,
        ...(options.profile === undefined ? {} : { profile: options.profile }),
        onEvent: (event) => events.push(event),
        ...overrides,
        http: {
          clock: () => clock.now(),
          sleep: async (ms) => clock.advance(ms),
          retry: TEST_RETRY,
          sender: (request) => {
            sent.push(request);
            return axios(request);
          },
          ...overrides.http,
        },
      });
      open.push(client, { close: () => axios.destroy() });
      return client;
    },
  };
}

/** The platform in-process: the mock's msw handlers, `onUnhandledRequest: 'error'`. */
export const inProcess: FixtureFactory = (options = {}) => {
  const clock = createManualClock(Date.now());
  origins += 1;
  const platforms = setupMockPlatforms({
    hooks: { beforeAll, afterEach, afterAll },
    creditBaseUrl: `https://credit-${origins}.mock.test`,
    ...platformOptions(options, clock),
  });
  return fixtureOf('in-process (msw)', options, clock, () => ({
    platform: platforms.credit,
    baseUrl: platforms.creditBaseUrl,
  }));
};

/** The platform over real HTTP: the mock's standalone node:http server on a loopback port. */
export const overHttp: FixtureFactory = (options = {}) => {
  const clock = createManualClock(Date.now());
  const platform = createCreditPlatform(platformOptions(options, clock));
  let server: MockServer | undefined;
  beforeAll(async () => {
    server = await startMockServer({ platform });
  });
  afterEach(() => platform.reset());
  afterAll(async () => {
    await server?.close();
  });
  return fixtureOf('over HTTP (node:http)', options, clock, () => {
    if (server === undefined) throw new Error('the mock server is not running');
    return { platform, baseUrl: server.creditUrl };
  });
};
