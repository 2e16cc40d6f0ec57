import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createHttpClient,
  type HttpClient,
  type HttpClientOptions,
  isHttpStatusError,
} from '../../src/index.js';
import { recordingSleep } from '../support/scripted-sender.js';
import { ok, reset, startTestServer, status, type TestServer } from '../support/start-test-server.js';

const NOW = Date.UTC(2025, 0, 1);
let server: TestServer;
let client: HttpClient;
let sleep: ReturnType<typeof recordingSleep>;

function connect(options: Partial<HttpClientOptions> = {}): HttpClient {
  client = createHttpClient({
    baseUrl: server.url,
    sleep,
    random: () => 0.5,
    clock: () => NOW,
    retry: { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000 },
    ...options,
  });
  return client;
}

beforeEach(async () => {
  server = await startTestServer();
  sleep = recordingSleep();
});

afterEach(async () => {
  client.close();
  await server.close();
});

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );

describe('retries over real HTTP', () => {
  it('retries a GET through 503s and reports the attempts', async () => {
    server.script(status(503), status(503), ok({ listed: false }));
    const response = await connect().getJson('/api/v1/blacklist/check', {
      query: { uscc: '914201000000000001' },
    });
    expect(response.data).toEqual({ listed: false });
    expect(response.attempts).toBe(3);
    expect(server.seen).toHaveLength(3);
    expect(sleep.waits).toEqual([50, 100]);
  });

  it('does not retry a POST without an idempotency key', async () => {
    server.script(status(503), ok());
    const error = await failure(connect().postJson('/api/v1/blacklist/entries:batch', { entries: [] }));
    expect(error).toMatchObject({ code: 'E_HTTP_STATUS', status: 503, attempts: 1 });
    expect(server.seen).toHaveLength(1);
  });

  it('retries a POST that carries an idempotency key, sending the same key every time', async () => {
    server.script(status(503), status(502), ok());
    const response = await connect().postJson(
      '/api/v1/blacklist/entries:batch',
      { entries: [] },
      { idempotencyKey: 'cb1-0123' },
    );
    expect(response.attempts).toBe(3);
    expect(server.seen.map((request) => request.headers['idempotency-key'])).toEqual([
      'cb1-0123',
      'cb1-0123',
      'cb1-0123',
    ]);
  });

  it('never retries a 400 but retries 408 and 429', async () => {
    server.script(status(400, {}, '{"code":"97"}'));
    const error = await failure(connect().getJson('/x'));
    expect(error).toMatchObject({ status: 400, attempts: 1 });
    expect(isHttpStatusError(error) && new TextDecoder().decode(error.body)).toBe('{"code":"97"}');

    server.script(status(408), status(429), ok());
    expect((await client.getJson('/y')).attempts).toBe(3);
  });

  it('stops after maxAttempts', async () => {
    server.script(status(503), status(503), status(503), status(503), status(503), ok());
    const error = await failure(connect({ retry: { maxAttempts: 3 } }).getJson('/x'));
    expect(error).toMatchObject({ status: 503, attempts: 3 });
    expect(server.seen).toHaveLength(3);
  });

  it('throws the last error with budgetExhausted when the retry budget is empty', async () => {
    server.script(status(503), status(503), ok());
    const error = await failure(
      connect({ retry: { budget: { ratio: 0, minPerSecond: 0, maxTokens: 0 } } }).getJson('/x'),
    );
    expect(error).toMatchObject({ status: 503, attempts: 1, details: { budgetExhausted: true } });
    expect(server.seen).toHaveLength(1);
  });

  it('honours Retry-After in seconds and as an HTTP date', async () => {
    server.script(
      status(429, { 'Retry-After': '2' }),
      status(503, { 'Retry-After': new Date(NOW + 4000).toUTCString() }),
      ok(),
    );
    await connect().getJson('/x');
    expect(sleep.waits).toEqual([2000, 4000]);
  });

  it('retries a POST once when a reused keep-alive socket is reset, and not on a fresh socket', async () => {
    server.script(ok(), reset(), ok({ applied: true }));
    const http = connect();
    await http.getJson('/warm-up');
    const response = await http.postJson('/api/v1/penalties:batch', { records: [] });
    expect(response.data).toEqual({ applied: true });
    expect(response.attempts).toBe(2);

    // A second reset in a row is not the idle-close race: do not repeat a non-idempotent request again.
    http.close();
    server.script(ok(), reset(), reset(), ok());
    const again = connect();
    await again.getJson('/warm-up');
    const error = await failure(again.postJson('/api/v1/penalties:batch', { records: [] }));
    expect(error).toMatchObject({ code: 'E_NETWORK', attempts: 2 });
  });
});
