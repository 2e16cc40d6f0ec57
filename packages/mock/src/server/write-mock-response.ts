import type { ServerResponse } from 'node:http';
import type { MockResponse } from '../router/mock-request.js';
import type { Sleep } from '../state/clock.js';

/**
 * Writes the router's answer to a node:http response, acting out transport faults for real: a reset
 * destroys the socket without a byte, a truncated body announces the full `Content-Length`, sends part of
 * it and closes, a dribbled body is written `chunkBytes` at a time with pauses.
 */
export async function writeMockResponse(
  res: ServerResponse,
  response: MockResponse,
  sleep: Sleep,
): Promise<void> {
  const fault = response.fault;
  if (fault?.kind === 'reset') {
    res.socket?.destroy();
    return;
  }
  res.writeHead(response.status, { ...response.headers, 'content-length': String(response.body.length) });
  if (fault === undefined) {
    res.end(response.body);
    return;
  }
  if (fault.kind === 'truncated') {
    res.write(response.body.subarray(0, fault.sendBytes), () => res.socket?.destroy());
    return;
  }
  for (let offset = 0; offset < response.body.length; offset += fault.chunkBytes) {
    if (res.destroyed) return;
    if (offset > 0) await sleep(fault.intervalMs);
    res.write(response.body.subarray(offset, offset + fault.chunkBytes));
  }
  res.end();
}
