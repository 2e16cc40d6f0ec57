import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CreditBridgeError,
  type CreditPlatformProfile,
  type ExchangePlatformProfile,
  matchExchangePath,
} from '@credit-bridge/core';
import { type CreditPlatform, createCreditPlatform } from '../platform/create-credit-platform.js';
import { createExchangePlatform, type ExchangePlatform } from '../platform/create-exchange-platform.js';
import { handleCreditRequest } from '../router/handle-credit-request.js';
import { handleExchangeRequest } from '../router/handle-exchange-request.js';
import { type MockRequest, type MockResponse, mockRequestFromUrl } from '../router/mock-request.js';
import type { MockClock, Sleep } from '../state/clock.js';
import { DEMO_DEPARTMENTS, type ExchangeDepartment } from '../state/exchange/exchange-departments.js';
import type { AdminPlatforms } from './admin/admin-io.js';
import { handleAdminRequest } from './handle-admin-request.js';
import { writeMockResponse } from './write-mock-response.js';

/** Options of {@link startMockServer}. */
export interface MockServerOptions {
  /** Default 0: any free port. */
  readonly port?: number;
  /** Default `127.0.0.1`: reachable from this machine only. */
  readonly host?: string;
  /** Seeds ids, verification codes and random faults; default 1. */
  readonly seed?: number;
  /** With `appSecret`: the one app that may call either platform; default the demo apps. */
  readonly appKey?: string;
  readonly appSecret?: string;
  /**
   * The department `appKey` acts for on the exchange platform; default `11420113CBG11301XU`, the
   * department of `demo-app`. Ignored without `appKey`.
   */
  readonly departmentCode?: string;
  /** Added to every request; default 0. */
  readonly latencyMs?: number;
  /** Probability of a random fault per request; default 0. */
  readonly faultRate?: number;
  /** Default the contract's profile. */
  readonly profile?: CreditPlatformProfile;
  /** Default the exchange contract's profile. */
  readonly exchangeProfile?: ExchangePlatformProfile;
  /** How long report tasks stay pending; default 2,000 ms. */
  readonly reportDelayMs?: number;
  /** Default the real clock. */
  readonly clock?: MockClock;
  /** Serve this credit platform instead of creating one (its options above are then ignored). */
  readonly platform?: CreditPlatform;
  /** Serve this exchange platform instead of creating one (its options above are then ignored). */
  readonly exchange?: ExchangePlatform;
}

/** A running mock server and the handles on its platforms. */
export interface MockServer {
  /** `http://host:port`. */
  readonly url: string;
  /** Where the credit platform answers (its paths start `/api/v1/`). */
  readonly creditUrl: string;
  /** Where the exchange platform answers (its paths start `/exchange/v1/`). */
  readonly exchangeUrl: string;
  readonly port: number;
  readonly credit: CreditPlatform;
  readonly exchange: ExchangePlatform;
  /** Stops listening and closes every connection. */
  close(): Promise<void>;
}

// Bodies beyond the contract's 4 MiB are answered 413 by the routers; past this the socket is dropped.
const HARD_BODY_LIMIT = 16 * 1024 * 1024;

/**
 * Starts the standalone mock over node:http: the credit platform at `/api/v1/…`, the exchange platform at
 * `/exchange/v1/…` and the admin API at `/__admin/…`, on one port. Transport faults are real: reset
 * sockets, truncated bodies, dribbled chunks.
 *
 * @example
 * const server = await startMockServer({ seed: 7 });
 * server.credit.seed({ count: 20 });
 * // … point clients at server.creditUrl and server.exchangeUrl …
 * await server.close();
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  if ((options.appKey === undefined) !== (options.appSecret === undefined)) {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: '[startMockServer] give appKey and appSecret together',
    });
  }
  const apps =
    options.appKey === undefined || options.appSecret === undefined
      ? {}
      : { apps: [{ appKey: options.appKey, appSecret: options.appSecret }] };
  const shared = {
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...apps,
    ...(options.latencyMs === undefined ? {} : { latencyMs: options.latencyMs }),
    ...(options.faultRate === undefined ? {} : { faultRate: options.faultRate }),
    ...(options.clock === undefined ? {} : { clock: options.clock }),
  };
  const credit =
    options.platform ??
    createCreditPlatform({
      ...shared,
      ...(options.profile === undefined ? {} : { profile: options.profile }),
      ...(options.reportDelayMs === undefined ? {} : { reportDelayMs: options.reportDelayMs }),
    });
  const exchange =
    options.exchange ??
    createExchangePlatform({
      ...shared,
      ...(options.clock === undefined ? { clock: credit.clock } : {}),
      ...(options.exchangeProfile === undefined ? {} : { profile: options.exchangeProfile }),
      ...(options.appKey === undefined
        ? {}
        : { departments: departmentsFor(options.appKey, options.departmentCode) }),
    });
  const platforms: AdminPlatforms = { credit, exchange };
  const server = createServer((req, res) => {
    readBody(req)
      .then(async (body) => {
        const request = mockRequestFromUrl(req.method ?? 'GET', req.url ?? '/', req.headers, body);
        const served = route(platforms, request);
        await writeMockResponse(res, await served.response, served.sleep);
      })
      .catch(() => {
        res.socket?.destroy();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  return {
    url,
    creditUrl: url,
    exchangeUrl: url,
    port: address.port,
    credit,
    exchange,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeAllConnections();
      }),
  };
}

// The demo departments, with the one configured app key acting for `departmentCode` (by default the
// department of demo-app) instead of the demo apps.
function departmentsFor(appKey: string, departmentCode: string | undefined): ExchangeDepartment[] {
  const code = departmentCode ?? DEMO_DEPARTMENTS[0]?.code;
  const known = DEMO_DEPARTMENTS.some((department) => department.code === code);
  const departments: ExchangeDepartment[] = DEMO_DEPARTMENTS.map(({ appKeys: _keys, ...department }) =>
    department.code === code ? { ...department, appKeys: [appKey] } : department,
  );
  return known || code === undefined
    ? departments
    : [...departments, { code, name: '接入部门（--department）', appKeys: [appKey] }];
}

// Admin first, then the exchange platform's paths (its own 404 for anything under /exchange/), then the
// credit platform, whose 404 envelope answers everything else.
function route(
  platforms: AdminPlatforms,
  request: MockRequest,
): { response: Promise<MockResponse> | MockResponse; sleep: Sleep } {
  const { credit, exchange } = platforms;
  if (request.path.startsWith('/__admin/')) {
    return { response: handleAdminRequest(platforms, request), sleep: credit.sleep };
  }
  const exchangePath =
    request.path.startsWith('/exchange/') ||
    matchExchangePath(exchange.profile, 'GET', request.path) !== undefined ||
    matchExchangePath(exchange.profile, 'POST', request.path) !== undefined;
  return exchangePath
    ? { response: handleExchangeRequest(exchange, request), sleep: exchange.sleep }
    : { response: handleCreditRequest(credit, request), sleep: credit.sleep };
}

function readBody(req: IncomingMessage): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > HARD_BODY_LIMIT) {
        req.destroy();
        reject(new Error('body too large'));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}
