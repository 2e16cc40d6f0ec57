import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type AxiosSender,
  createAxiosSender,
  type HttpRequest,
  isAbortedError,
  isNetworkError,
  isTimeoutError,
  TimeoutError,
} from '../../src/index.js';
import { hang, ok, reset, startTestServer, status, type TestServer } from '../support/start-test-server.js';

let server: TestServer;
let sender: AxiosSender;

beforeEach(async () => {
  server = await startTestServer();
  sender = createAxiosSender({ connectTimeoutMs: 1000 });
});

afterEach(async () => {
  sender.destroy();
  await server.close();
});

const at = (path: string, extra: Partial<HttpRequest> = {}): HttpRequest => ({
  method: 'GET',
  url: `${server.url}${path}`,
  headers: {},
  ...extra,
});

describe('createAxiosSender', () => {
  it('returns any status as a response with lowercased headers and the body as bytes', async () => {
    server.script(status(503, { 'Retry-After': '3', 'X-Trace': 'abc' }, 'busy'));
    const response = await sender(at('/x', { requestId: 'r-1', attempt: 2 }));
    expect(response.status).toBe(503);
    expect(response.headers).toMatchObject({ 'retry-after': '3', 'x-trace': 'abc' });
    expect(new TextDecoder().decode(response.body)).toBe('busy');
    expect(response.body).toBeInstanceOf(Uint8Array);
    expect(response).toMatchObject({ requestId: 'r-1', attempts: 2 });
  });

  it('sends the canonical query, the headers and the exact body bytes', async () => {
    const body = new TextEncoder().encode('{"name":"武汉测试"}');
    await sender(
      at('/api/v1/x?b=2', {
        method: 'POST',
        query: { a: ['z z', 'y*'], c: '武' },
        headers: { 'Content-Type': 'application/json', 'X-Custom': 'v' },
        body,
      }),
    );
    const [seen] = server.seen;
    expect(seen?.url).toBe('/api/v1/x?a=y%2A&a=z%20z&b=2&c=%E6%AD%A6');
    expect(seen?.headers['x-custom']).toBe('v');
    expect(seen?.headers['content-type']).toBe('application/json');
    expect(seen?.body).toBe('{"name":"武汉测试"}');
  });

  it('keeps connections alive across calls', async () => {
    await sender(at('/1'));
    await sender(at('/2'));
    expect(server.seen.map((request) => request.connection)).toEqual([1, 1]);
  });

  it('reports a reset on a reused keep-alive socket as such', async () => {
    server.script(ok(), reset(), reset());
    await sender(at('/warm'));
    const reused = await sender(at('/reset', { method: 'POST', body: '{}' })).catch((e: unknown) => e);
    expect(isNetworkError(reused)).toBe(true);
    expect(reused).toMatchObject({ syscallCode: 'ECONNRESET', reusedSocket: true, retryable: true });
    const fresh = await sender(at('/reset-fresh', { method: 'POST', body: '{}' })).catch((e: unknown) => e);
    expect(fresh).toMatchObject({ code: 'E_NETWORK', syscallCode: 'ECONNRESET', reusedSocket: false });
  });

  it('reports a refused connection as a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await sender({ method: 'GET', url: `http://127.0.0.1:${port}/`, headers: {} }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'E_NETWORK', syscallCode: 'ECONNREFUSED' });
  });

  it('fails with a connect timeout when a new socket does not connect in time', async () => {
    // A lookup that never answers keeps the socket connecting without sending a packet anywhere.
    const stalled = createAxiosSender({ connectTimeoutMs: 100, lookup: () => {} });
    const started = performance.now();
    const error = await stalled({ method: 'GET', url: 'http://localhost:9/', headers: {} }).catch(
      (e: unknown) => e,
    );
    stalled.destroy();
    expect(isTimeoutError(error) && error.deadline).toBe('connect');
    expect(error).toMatchObject({ timeoutMs: 100, retryable: true });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('aborts a never-ending body when the signal fires, passing a deadline reason through', async () => {
    server.script(hang());
    const controller = new AbortController();
    const reason = new TimeoutError({ method: 'GET', path: '/hang', deadline: 'attempt', timeoutMs: 100 });
    setTimeout(() => controller.abort(reason), 100);
    const error = await sender(at('/hang', { signal: controller.signal, attempt: 3 })).catch(
      (e: unknown) => e,
    );
    expect(error).toBe(reason);
    expect(error).toMatchObject({ attempts: 3 });
  });

  it('turns a caller abort into E_ABORTED', async () => {
    server.script(hang());
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await sender(at('/hang', { signal: controller.signal })).catch((e: unknown) => e);
    expect(isAbortedError(error)).toBe(true);
  });
});
