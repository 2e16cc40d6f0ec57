import { describe, expect, it } from 'vitest';
import { composeTransport, type HttpRequest, idempotencyKey } from '../../src/index.js';
import { scriptedSender } from '../support/scripted-sender.js';

const post: HttpRequest = { method: 'POST', url: 'http://127.0.0.1:1/api/v1/penalties:batch', headers: {} };

describe('idempotencyKey', () => {
  it("sends a request's key as Idempotency-Key, and nothing for a request without one", async () => {
    const sender = scriptedSender(200, 200);
    const transport = composeTransport([idempotencyKey()], sender);
    await transport({ ...post, idempotencyKey: 'cb1-abc' });
    await transport(post);
    expect(sender.seen.map((request) => request.headers)).toEqual([{ 'Idempotency-Key': 'cb1-abc' }, {}]);
  });

  it("sends it under a profile's header name instead", async () => {
    const sender = scriptedSender(200);
    await composeTransport(
      [idempotencyKey('X-Gw-Request-Key')],
      sender,
    )({ ...post, idempotencyKey: 'cb1-abc' });
    expect(sender.seen[0]?.headers).toEqual({ 'X-Gw-Request-Key': 'cb1-abc' });
  });
});
