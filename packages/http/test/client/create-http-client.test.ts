import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createHttpClient,
  type HttpClient,
  type HttpEvent,
  isContractError,
  resolveHttpOptions,
} from '../../src/index.js';
import { ok, startTestServer, status, type TestServer } from '../support/start-test-server.js';

let server: TestServer;
let client: HttpClient;

beforeEach(async () => {
  server = await startTestServer();
  client = createHttpClient({ baseUrl: `${server.url}/prefix/`, idSource: () => 'req-fixed' });
});

afterEach(async () => {
  client.close();
  await server.close();
});

describe('createHttpClient', () => {
  it('resolves paths under the base URL, keeps its prefix and sends a request id', async () => {
    const response = await client.request({ method: 'GET', url: 'api/v1/ping', query: { a: '1' } });
    expect(server.seen[0]?.url).toBe('/prefix/api/v1/ping?a=1');
    expect(server.seen[0]?.headers['x-request-id']).toBe('req-fixed');
    expect(response).toMatchObject({ status: 200, requestId: 'req-fixed', attempts: 1 });
    expect(response.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('posts JSON and parses a JSON answer', async () => {
    server.script(ok({ code: '00', data: { accepted: 1 } }));
    const response = await client.postJson('/api/v1/penalties:batch', { records: [{ name: '测试' }] });
    expect(response.data).toEqual({ code: '00', data: { accepted: 1 } });
    expect(server.seen[0]?.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(server.seen[0]?.body ?? '')).toEqual({ records: [{ name: '测试' }] });
  });

  it('gives undefined data for an empty body', async () => {
    server.script(status(204));
    expect((await client.getJson('/empty')).data).toBeUndefined();
  });

  it('throws a contract error with a masked snippet for a body that is not JSON', async () => {
    server.script(
      status(200, { 'content-type': 'text/html' }, '<html>gateway error for 11010519491231002X</html>'),
    );
    const error = await client.getJson('/api/v1/blacklist/check').catch((e: unknown) => e);
    expect(isContractError(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'E_CONTRACT',
      requestId: 'req-fixed',
      message: '[GET /prefix/api/v1/blacklist/check] response contract violated at $: expected a JSON body',
    });
    expect(JSON.stringify(isContractError(error) && error.toJSON())).not.toContain('11010519491231002X');
  });

  it('uses an injected sender and emits events through onEvent', async () => {
    const events: HttpEvent[] = [];
    const injected = createHttpClient({
      baseUrl: 'http://127.0.0.1:1',
      onEvent: (event) => events.push(event),
      sender: async (request) => ({
        status: 200,
        headers: {},
        body: new TextEncoder().encode('{"ok":true}'),
        requestId: request.requestId ?? '',
        attempts: 1,
        durationMs: 0,
      }),
    });
    expect((await injected.getJson('/x')).data).toEqual({ ok: true });
    expect(events.map((event) => event.type)).toEqual(['request', 'response']);
  });
});

describe('resolveHttpOptions', () => {
  it('fills every default in one place', () => {
    const resolved = resolveHttpOptions({ baseUrl: 'http://127.0.0.1:4010/' });
    expect(resolved).toMatchObject({
      baseUrl: 'http://127.0.0.1:4010',
      connectTimeoutMs: 5_000,
      attemptTimeoutMs: 15_000,
      deadlineMs: 60_000,
      retry: {
        maxAttempts: 4,
        baseDelayMs: 200,
        maxDelayMs: 5_000,
        budget: { ratio: 0.2, minPerSecond: 5, maxTokens: 10 },
      },
    });
  });

  it('rejects bad options with E_CONFIG at construction', () => {
    const bad = [
      { baseUrl: '/relative' },
      { baseUrl: 'ftp://127.0.0.1' },
      { baseUrl: 'http://127.0.0.1', retry: { maxAttempts: 0 } },
      { baseUrl: 'http://127.0.0.1', retry: { maxAttempts: 1.5 } },
      { baseUrl: 'http://127.0.0.1', deadlineMs: -1 },
      { baseUrl: 'http://127.0.0.1', retry: { budget: { ratio: Number.NaN } } },
    ];
    for (const options of bad) {
      expect(() => resolveHttpOptions(options)).toThrow(expect.objectContaining({ code: 'E_CONFIG' }));
    }
  });
});
