import { describe, expect, it } from 'vitest';
import {
  createStandardTransport,
  type HttpEvent,
  type HttpRequest,
  type Middleware,
  NetworkError,
  requestContext,
  resolveHttpOptions,
} from '../../src/index.js';
import { recordingSleep, scriptedSender } from '../support/scripted-sender.js';

const post: HttpRequest = { method: 'POST', url: 'http://127.0.0.1:1/api/v1/penalties:batch', headers: {} };

function resolved(sender: ReturnType<typeof scriptedSender>, events: HttpEvent[] = []) {
  return resolveHttpOptions({
    baseUrl: 'http://127.0.0.1:1',
    sender,
    sleep: recordingSleep(),
    random: () => 0.5,
    clock: () => Date.UTC(2025, 0, 1),
    idSource: () => 'req-1',
    onEvent: (event) => events.push(event),
  });
}

describe('createStandardTransport', () => {
  it('sends the idempotency key under Idempotency-Key by default, the same on every attempt', async () => {
    const sender = scriptedSender(503, 200);
    const { transport, close } = createStandardTransport(resolved(sender));
    await transport({ ...post, idempotencyKey: 'cb1-abc' });
    close();
    expect(sender.seen.map((request) => request.headers['Idempotency-Key'])).toEqual(['cb1-abc', 'cb1-abc']);
    expect(sender.seen.map((request) => request.headers['X-Request-Id'])).toEqual(['req-1', 'req-1']);
  });

  it("sends it under the profile's name, or none at all while the key still lets a POST be retried", async () => {
    const named = scriptedSender(200);
    await createStandardTransport(resolved(named), { idempotencyKeyHeader: 'X-Gw-Key' }).transport({
      ...post,
      idempotencyKey: 'cb1-abc',
    });
    expect(named.seen[0]?.headers).toMatchObject({ 'X-Gw-Key': 'cb1-abc' });
    expect(named.seen[0]?.headers['Idempotency-Key']).toBeUndefined();

    const none = scriptedSender(503, 200);
    const response = await createStandardTransport(resolved(none), { idempotencyKeyHeader: false }).transport(
      {
        ...post,
        idempotencyKey: 'messages:/exchange/v1/messages',
      },
    );
    expect(response.attempts).toBe(2);
    expect(
      none.seen.every((request) => Object.keys(request.headers).every((name) => !/key/i.test(name))),
    ).toBe(true);
  });

  it('runs inner layers inside retry and outside events: what they throw is retried, each attempt seen', async () => {
    const sender = scriptedSender(200, 200);
    const events: HttpEvent[] = [];
    let calls = 0;
    const flaky: Middleware = (next) => async (request) => {
      const response = await next(request);
      calls += 1;
      if (calls === 1)
        throw new NetworkError({ ...requestContext(request), reason: 'envelope said unavailable' });
      return response;
    };
    const { transport } = createStandardTransport(resolved(sender, events), { inner: [flaky] });
    const response = await transport({ ...post, method: 'GET' });
    expect([response.status, response.attempts, sender.seen.length]).toEqual([200, 2, 2]);
    expect(events.filter((event) => event.type === 'response')).toHaveLength(2);
    expect(events.filter((event) => event.type === 'retry')).toHaveLength(1);
  });
});
