import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createAxiosSender,
  createHttpClient,
  type HttpClient,
  type HttpClientOptions,
  isAbortedError,
  isTimeoutError,
} from '../../src/index.js';
import { recordingSleep } from '../support/scripted-sender.js';
import { hang, startTestServer, type TestServer } from '../support/start-test-server.js';

let server: TestServer;
const clients: HttpClient[] = [];

function connect(options: Partial<HttpClientOptions> = {}): HttpClient {
  const client = createHttpClient({
    baseUrl: server.url,
    sleep: recordingSleep(),
    random: () => 0,
    ...options,
  });
  clients.push(client);
  return client;
}

beforeEach(async () => {
  server = await startTestServer();
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await server.close();
});

async function timed<T>(promise: Promise<T>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, ms: performance.now() - started };
}

describe('deadlines over real HTTP', () => {
  it('fails one attempt of a never-ending response after the attempt timeout (POST: not retried)', async () => {
    server.script(hang(), hang());
    const { error, ms } = await timed(
      connect({ attemptTimeoutMs: 200 }).postJson('/api/v1/licenses:batch', {}),
    );
    expect(isTimeoutError(error) && error.deadline).toBe('attempt');
    expect(error).toMatchObject({ attempts: 1 });
    expect(server.seen).toHaveLength(1);
    expect(ms).toBeGreaterThanOrEqual(190);
    expect(ms).toBeLessThan(1500);
  });

  it('holds the total deadline while a GET keeps meeting never-ending responses', async () => {
    server.script(hang(), hang(), hang(), hang(), hang());
    const client = connect({ attemptTimeoutMs: 150, deadlineMs: 400, retry: { maxAttempts: 10 } });
    const { error, ms } = await timed(client.getJson('/api/v1/credit-reports/tasks/t-1'));
    expect(isTimeoutError(error) && error.deadline).toBe('total');
    expect(isTimeoutError(error) && error.attempts).toBeGreaterThanOrEqual(2);
    expect(ms).toBeGreaterThanOrEqual(390);
    expect(ms).toBeLessThan(1500);
  });

  it('ends with E_ABORTED, not retried, when the caller aborts', async () => {
    server.script(hang(), hang());
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const { error, ms } = await timed(connect().getJson('/x', { signal: controller.signal }));
    expect(isAbortedError(error)).toBe(true);
    expect(error).toMatchObject({ attempts: 1, retryable: false });
    expect(server.seen).toHaveLength(1);
    expect(ms).toBeLessThan(1500);
  });

  it('retries a connect timeout even for a POST, since nothing was sent, up to maxAttempts', async () => {
    const stalled = createAxiosSender({ connectTimeoutMs: 100, lookup: () => {} });
    const client = createHttpClient({
      baseUrl: 'http://localhost:9',
      sender: stalled,
      sleep: recordingSleep(),
      retry: { maxAttempts: 3 },
    });
    const { error, ms } = await timed(client.postJson('/api/v1/penalties:batch', {}));
    stalled.destroy();
    expect(isTimeoutError(error) && error.deadline).toBe('connect');
    expect(error).toMatchObject({ attempts: 3 });
    expect(ms).toBeLessThan(2000);
  });
});
