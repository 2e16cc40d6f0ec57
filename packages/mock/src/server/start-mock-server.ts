import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreditBridgeError, type CreditPlatformProfile } from '@credit-bridge/core';
import { type CreditPlatform, createCreditPlatform } from '../platform/create-credit-platform.js';
import { handleCreditRequest } from '../router/handle-credit-request.js';
import { type MockRequest, type MockResponse, mockRequestFromUrl } from '../router/mock-request.js';
import type { MockClock } from '../state/clock.js';
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
  /** With `appSecret`: the one app that may call; default the demo apps. */
  readonly appKey?: string;
  readonly appSecret?: string;
  /** Added to every request; default 0. */
  readonly latencyMs?: number;
  /** Probability of a random fault per request; default 0. */
  readonly faultRate?: number;
  /** Default the contract's profile. */
  readonly profile?: CreditPlatformProfile;
  /** How long report tasks stay pending; default 2,000 ms. */
  readonly reportDelayMs?: number;
  /** Default the real clock. */
  readonly clock?: MockClock;
  /** Serve this platform instead of creating one (the platform options above are then ignored). */
  readonly platform?: CreditPlatform;
}

/** A running mock server and the handles on its platforms. */
export interface MockServer {
  /** `http://host:port`. */
  readonly url: string;
  /** Where the credit platform answers (its paths start `/api/v1/`). */
  readonly creditUrl: string;
  /** Reserved for the exchange platform (paths `/exchange/v1/`); not simulated yet. */
  readonly exchangeUrl: string;
  readonly port: number;
  readonly credit: CreditPlatform;
  /** Stops listening and closes every connection. */
  close(): Promise<void>;
}

// Bodies beyond the contract's 4 MiB are answered 413 by the router; past this the socket is dropped.
const HARD_BODY_LIMIT = 16 * 1024 * 1024;
const encoder = new TextEncoder();

/**
 * Starts the standalone mock over node:http: the credit platform at `/api/v1/…`, the admin API at
 * `/__admin/…`, and `/exchange/v1/…` reserved. Transport faults are real: reset sockets, truncated bodies,
 * dribbled chunks.
 *
 * @example
 * const server = await startMockServer({ seed: 7 });
 * server.credit.seed({ count: 20 });
 * // … point a client at server.creditUrl …
 * await server.close();
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  if ((options.appKey === undefined) !== (options.appSecret === undefined)) {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: '[startMockServer] give appKey and appSecret together',
    });
  }
  const credit =
    options.platform ??
    createCreditPlatform({
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      ...(options.appKey === undefined || options.appSecret === undefined
        ? {}
        : { apps: [{ appKey: options.appKey, appSecret: options.appSecret }] }),
      ...(options.latencyMs === undefined ? {} : { latencyMs: options.latencyMs }),
      ...(options.faultRate === undefined ? {} : { faultRate: options.faultRate }),
      ...(options.profile === undefined ? {} : { profile: options.profile }),
      ...(options.reportDelayMs === undefined ? {} : { reportDelayMs: options.reportDelayMs }),
      ...(options.clock === undefined ? {} : { clock: options.clock }),
    });
  const server = createServer((req, res) => {
    readBody(req)
      .then(async (body) => {
        const request = mockRequestFromUrl(req.method ?? 'GET', req.url ?? '/', req.headers, body);
        const response = await route(credit, request);
        await writeMockResponse(res, response, credit.sleep);
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
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeAllConnections();
      }),
  };
}

async function route(credit: CreditPlatform, request: MockRequest): Promise<MockResponse> {
  if (request.path.startsWith('/__admin/')) return handleAdminRequest(credit, request);
  if (request.path.startsWith('/exchange/')) {
    const body = {
      code: '99',
      message: 'the exchange platform is not simulated yet',
      requestId: credit.nextRequestId(),
      error: { code: 'E_NOT_FOUND', details: [] },
    };
    return {
      status: 404,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: encoder.encode(JSON.stringify(body)),
    };
  }
  return handleCreditRequest(credit, request);
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
