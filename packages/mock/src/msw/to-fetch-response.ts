import { HttpResponse } from 'msw';
import type { MockResponse } from '../router/mock-request.js';
import type { Sleep } from '../state/clock.js';

/**
 * Turns the router's answer into what msw returns, acting out transport faults the way fetch sees them:
 * a reset is a network error (`HttpResponse.error()`), a truncated body errors after its first part, a
 * dribbled body arrives in timed chunks.
 */
export function toFetchResponse(response: MockResponse, sleep: Sleep): Response {
  const init = { status: response.status, headers: { ...response.headers } };
  const fault = response.fault;
  if (fault === undefined) return new HttpResponse(response.body.slice().buffer, init);
  switch (fault.kind) {
    case 'reset':
      return HttpResponse.error();
    case 'truncated': {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(response.body.slice(0, fault.sendBytes));
          controller.error(new Error('connection closed before the body was complete'));
        },
      });
      return new HttpResponse(stream, init);
    }
    case 'dribble': {
      let offset = 0;
      const stream = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (offset >= response.body.length) {
            controller.close();
            return;
          }
          if (offset > 0) await sleep(fault.intervalMs);
          controller.enqueue(response.body.slice(offset, offset + fault.chunkBytes));
          offset += fault.chunkBytes;
        },
      });
      return new HttpResponse(stream, init);
    }
  }
}
