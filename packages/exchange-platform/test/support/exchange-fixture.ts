import { createAxiosSender, type HttpRequest, type HttpResponse } from '@credit-bridge/http';
import {
  createExchangePlatform,
  createManualClock,
  type ExchangePlatform,
  type ExchangePlatformOptions,
  type ManualClock,
  type MockServer,
  startMockServer,
} from '@credit-bridge/mock';
import { setupMockPlatforms } from '@credit-bridge/mock/vitest';
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  createExchangeClient,
  type ExchangeClient,
  type ExchangeClientOptions,
  type ExchangeEvent,
} from '../../src/index.js';
import { PUBLISHER, RECEIVER, type TestDepartment } from './departments.js';

/** Rewrites a response on its way to the client: a man in the middle, for integrity tests. */
export type Tamper = (request: HttpRequest, response: HttpResponse) => HttpResponse;

/** A simulated exchange platform for one describe block, and clients of two departments wired to it. */
export interface ExchangeFixture {
  readonly mode: string;
  readonly platform: ExchangePlatform;
  readonly baseUrl: string;
  /** Shared by the platform and the clients; the clients' sleep advances it, so no test waits. */
  readonly clock: ManualClock;
  /** Every request the clients of this test sent, signed, as the terminal sender received it. */
  readonly sent: HttpRequest[];
  /** Every event the clients of this test emitted. */
  readonly events: ExchangeEvent[];
  /** A client acting for `department` (default the publisher); closed after the test. */
  client(department?: TestDepartment, overrides?: Partial<ExchangeClientOptions>): ExchangeClient;
  /** A client of {@link PUBLISHER}. */
  publisher(overrides?: Partial<ExchangeClientOptions>): ExchangeClient;
  /** A client of {@link RECEIVER}. */
  receiver(overrides?: Partial<ExchangeClientOptions>): ExchangeClient;
  /** Rewrites every response of this test before the client sees it; dropped after the test. */
  tamper(rewrite: Tamper): void;
}

/** Builds a fixture inside the calling `describe` (its hooks attach there). */
export type FixtureFactory = (options?: ExchangePlatformOptions) => ExchangeFixture;

/** Transport settings for tests: enough attempts and budget that a 20% fault rate cannot exhaust them. */
export const TEST_RETRY = {
  maxAttempts: 6,
  baseDelayMs: 100,
  maxDelayMs: 2_000,
  budget: { ratio: 1, minPerSecond: 50, maxTokens: 500 },
};

/** The generators' fixed today (SYNTHETIC_TODAY), so what is in publication does not depend on the date. */
export const START = Date.parse('2026-06-30T10:00:00+08:00');
let origins = 0;

function fixtureOf(
  mode: string,
  clock: ManualClock,
  where: () => { platform: ExchangePlatform; baseUrl: string },
): ExchangeFixture {
  const sent: HttpRequest[] = [];
  const events: ExchangeEvent[] = [];
  const open: { close(): void }[] = [];
  const rewrites: Tamper[] = [];
  afterEach(() => {
    for (const item of open.splice(0)) item.close();
    sent.length = 0;
    events.length = 0;
    rewrites.length = 0;
  });
  const client = (department: TestDepartment = PUBLISHER, overrides: Partial<ExchangeClientOptions> = {}) => {
    const axios = createAxiosSender({ connectTimeoutMs: 2_000 });
    const made = createExchangeClient({
      baseUrl: where().baseUrl,
      appKey: department.appKey,
      appSecret: department.appSecret,
      senderCode: department.code,
      clock: () => clock.now(),
      onEvent: (event) => events.push(event),
      ...overrides,
      http: {
        sleep: async (ms) => clock.advance(ms),
        retry: TEST_RETRY,
        sender: async (request) => {
          sent.push(request);
          let response = await axios(request);
          for (const rewrite of rewrites) response = rewrite(request, response);
          return response;
        },
        ...overrides.http,
      },
    });
    open.push(made, { close: () => axios.destroy() });
    return made;
  };
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
    client,
    publisher: (overrides) => client(PUBLISHER, overrides),
    receiver: (overrides) => client(RECEIVER, overrides),
    tamper: (rewrite) => {
      rewrites.push(rewrite);
    },
  };
}

function platformOptions(options: ExchangePlatformOptions, clock: ManualClock): ExchangePlatformOptions {
  return { clock, seed: 11, journalCapacity: 20_000, ...options };
}

/** The platform in-process: the mock's msw handlers, `onUnhandledRequest: 'error'`. */
export const inProcess: FixtureFactory = (options = {}) => {
  const clock = createManualClock(START);
  origins += 1;
  const platforms = setupMockPlatforms({
    hooks: { beforeAll, afterEach, afterAll },
    clock,
    exchangeBaseUrl: `https://exchange-${origins}.mock.test`,
    exchange: platformOptions(options, clock),
  });
  return fixtureOf('in-process (msw)', clock, () => ({
    platform: platforms.exchange,
    baseUrl: platforms.exchangeBaseUrl,
  }));
};

/** The platform over real HTTP: the mock's standalone node:http server on a loopback port. */
export const overHttp: FixtureFactory = (options = {}) => {
  const clock = createManualClock(START);
  const platform = createExchangePlatform(platformOptions(options, clock));
  let server: MockServer | undefined;
  beforeAll(async () => {
    server = await startMockServer({ exchange: platform, clock });
  });
  afterEach(() => platform.reset());
  afterAll(async () => {
    await server?.close();
  });
  return fixtureOf('over HTTP (node:http)', clock, () => {
    if (server === undefined) throw new Error('the mock server is not running');
    return { platform, baseUrl: server.exchangeUrl };
  });
};

export { PUBLISHER, RECEIVER };
