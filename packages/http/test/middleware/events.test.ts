import { describe, expect, it } from 'vitest';
import {
  composeTransport,
  events,
  type HttpEvent,
  type HttpRequest,
  httpStatus,
  NetworkError,
  requestContext,
} from '../../src/index.js';
import { scriptedSender } from '../support/scripted-sender.js';

// The GB 11643 standard's own example number: synthetic, names no one.
const ID = '11010519491231002X';

const request: HttpRequest = {
  method: 'GET',
  url: `http://127.0.0.1:1/api/v1/blacklist/check?idNumber=${ID}&sign=abcdef0123456789`,
  query: { note: `subject ${ID}`, appSecret: 'top-secret' },
  headers: { 'X-Signature': 'deadbeef', Authorization: 'Bearer t0ken', 'X-App-Key': 'demo-app' },
  requestId: 'r-1',
  operation: 'blacklist.check',
};

describe('events middleware', () => {
  it('emits request then response with status and duration', async () => {
    const seen: HttpEvent[] = [];
    let now = 100;
    const transport = composeTransport(
      [events({ onEvent: (event) => seen.push(event), clock: () => (now += 5) })],
      scriptedSender(204),
    );
    await transport(request);
    expect(seen.map((event) => event.type)).toEqual(['request', 'response']);
    expect(seen[1]).toMatchObject({
      status: 204,
      durationMs: 5,
      attempt: 1,
      path: '/api/v1/blacklist/check',
    });
  });

  it('drops secrets and masks identifiers in the query and headers at construction', async () => {
    const seen: HttpEvent[] = [];
    await composeTransport([events({ onEvent: (event) => seen.push(event) })], scriptedSender(200))(request);
    const [first] = seen;
    expect(first?.query).toBe('idNumber=110***********002X&note=subject 110***********002X');
    expect(first?.headers).toEqual({ 'X-App-Key': 'demo-app' });
    const text = JSON.stringify(seen);
    for (const secret of [ID, 'abcdef0123456789', 'top-secret', 'deadbeef', 't0ken']) {
      expect(text).not.toContain(secret);
    }
  });

  it('emits an error event with the error summarised by code, and rethrows', async () => {
    const seen: HttpEvent[] = [];
    const transport = composeTransport(
      [events({ onEvent: (event) => seen.push(event) })],
      scriptedSender(
        (r) => new NetworkError({ ...requestContext(r), reason: 'boom', syscallCode: 'ECONNRESET' }),
      ),
    );
    await expect(transport(request)).rejects.toMatchObject({ code: 'E_NETWORK' });
    expect(seen[1]).toMatchObject({
      type: 'error',
      error: { name: 'NetworkError', code: 'E_NETWORK', retryable: true },
    });
  });

  it('sees a non-2xx response as a response; the status layer above makes it an error', async () => {
    const seen: HttpEvent[] = [];
    const transport = composeTransport(
      [httpStatus(), events({ onEvent: (event) => seen.push(event) })],
      scriptedSender(404),
    );
    await expect(transport(request)).rejects.toMatchObject({ code: 'E_HTTP_STATUS', status: 404 });
    expect(seen.map((event) => [event.type, event.status])).toEqual([
      ['request', undefined],
      ['response', 404],
    ]);
  });

  it('ignores a listener that throws', async () => {
    const transport = composeTransport(
      [
        events({
          onEvent: () => {
            throw new Error('logger down');
          },
        }),
      ],
      scriptedSender(200),
    );
    await expect(transport(request)).resolves.toMatchObject({ status: 200 });
  });
});
