import { timingSafeEqualHex } from '@credit-bridge/core';
import { createRandom, generateIdNumber } from '@credit-bridge/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  computeSignature,
  createHmacSigner,
  createHttpClient,
  type HttpClient,
  type HttpEvent,
} from '../../src/index.js';
import { recordingSleep } from '../support/scripted-sender.js';
import {
  hang,
  ok,
  reset,
  type SeenRequest,
  startTestServer,
  status,
  type TestServer,
} from '../support/start-test-server.js';

const APP_SECRET = 'synthetic-secret-7Qk2xN9v';
let server: TestServer;
let client: HttpClient;

beforeEach(async () => {
  server = await startTestServer();
});

afterEach(async () => {
  client.close();
  await server.close();
});

/** What the platform does: rebuild the canonical input from the request as received and compare. */
function verifies(seen: SeenRequest): boolean {
  const url = new URL(seen.url, 'http://server');
  const header = (name: string) => String(seen.headers[name] ?? '');
  const expected = computeSignature({
    signMethod: header('x-sign-method') === 'HMAC-SHA256' ? 'HMAC-SHA256' : 'HMAC-SM3',
    appSecret: APP_SECRET,
    method: seen.method,
    path: url.pathname,
    query: url.searchParams,
    body: seen.body,
    timestamp: header('x-timestamp'),
    nonce: header('x-nonce'),
  });
  return timingSafeEqualHex(expected, header('x-signature'));
}

describe('signed requests over real HTTP', () => {
  it('carry a signature the server can verify, fresh on every retry', async () => {
    server.script(status(503), status(503), ok());
    client = createHttpClient({
      baseUrl: `${server.url}/gateway`,
      sign: createHmacSigner({ appKey: 'demo-app', appSecret: APP_SECRET }),
      sleep: recordingSleep(),
    });
    await client.getJson('/api/v1/blacklist/check', {
      query: { name: '武汉 测试*公司', uscc: '914201000000000001' },
    });
    expect(server.seen).toHaveLength(3);
    expect(server.seen.every(verifies)).toBe(true);
    expect(new Set(server.seen.map((seen) => seen.headers['x-nonce'])).size).toBe(3);
    expect(server.seen[0]?.url.startsWith('/gateway/api/v1/blacklist/check?')).toBe(true);
  });

  it('verify with HMAC-SHA256 and a JSON body too', async () => {
    client = createHttpClient({
      baseUrl: server.url,
      sign: createHmacSigner({ appKey: 'demo-app', appSecret: APP_SECRET, method: 'HMAC-SHA256' }),
    });
    await client.postJson('/api/v1/blacklist/entries:batch', {
      entries: [{ entryId: 'SXMD-1', version: 1 }],
    });
    expect(server.seen[0]?.headers['x-sign-method']).toBe('HMAC-SHA256');
    expect(verifies(server.seen[0] as SeenRequest)).toBe(true);
  });
});

describe('events of a whole run', () => {
  it('never contain the identity number, the secret or a signature', async () => {
    const idNumber = generateIdNumber(createRandom(20250101));
    const events: HttpEvent[] = [];
    server.script(
      status(503, {}, JSON.stringify({ code: '99', idNumber, message: `subject ${idNumber} failed` })),
      status(429, { 'Retry-After': '0' }),
      ok({ idNumber, listed: true }),
      reset(),
      ok(),
      hang(),
      status(400, {}, JSON.stringify({ code: '97', detail: `bad ${idNumber}` })),
    );
    client = createHttpClient({
      baseUrl: server.url,
      sign: createHmacSigner({ appKey: 'demo-app', appSecret: APP_SECRET }),
      onEvent: (event) => events.push(event),
      sleep: recordingSleep(),
      attemptTimeoutMs: 150,
    });
    await client.getJson('/api/v1/blacklist/check', { query: { idNumber }, operation: 'blacklist.check' });
    await client.getJson(`/api/v1/subjects/${idNumber}/report`, { query: { note: `for ${idNumber}` } });
    await client
      .postJson('/api/v1/blacklist/entries:batch', { entries: [{ idNumber }] }, { idempotencyKey: 'cb1-1' })
      .catch(() => undefined);
    await client.getJson('/api/v1/blacklist/check', { query: { idNumber } }).catch(() => undefined);

    const types = new Set(events.map((event) => event.type));
    expect(types).toEqual(new Set(['request', 'response', 'retry', 'error']));
    const signatures = server.seen.map((seen) => String(seen.headers['x-signature']));
    const text = JSON.stringify(events);
    for (const forbidden of [idNumber, idNumber.slice(0, 14), APP_SECRET, ...signatures]) {
      expect(text).not.toContain(forbidden);
    }
    expect(text).toContain(`${idNumber.slice(0, 3)}***********${idNumber.slice(-4)}`);
    expect(events.some((event) => event.headers?.['X-Nonce'])).toBe(true);
  });
});
