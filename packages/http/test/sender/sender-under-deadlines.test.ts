import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type AxiosSender,
  attemptTimeout,
  composeTransport,
  createAxiosSender,
  deadline,
  isAbortedError,
  isTimeoutError,
} from '../../src/index.js';

/** A server that starts every answer and never ends it, and records when each socket closes. */
interface HangingServer {
  url: string;
  closed: Promise<void>;
  close(): Promise<void>;
}

async function startHangingServer(): Promise<HangingServer> {
  const sockets = new Set<Socket>();
  let socketClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => {
    socketClosed = resolve;
  });
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"partial":');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      socketClosed();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hang`,
    closed,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

let server: HangingServer;
let sender: AxiosSender;

beforeEach(async () => {
  server = await startHangingServer();
  sender = createAxiosSender({ connectTimeoutMs: 1000 });
});

afterEach(async () => {
  sender.destroy();
  await server.close();
});

/** Resolves with true once the server saw the socket close, false after two seconds. */
const socketClosed = () =>
  Promise.race([
    server.closed.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2_000)),
  ]);

/** The sender under a total deadline and an attempt timeout, as a client stacks them (no retry). */
const underDeadlines = (totalMs: number, attemptMs: number) =>
  composeTransport([deadline({ totalMs }), attemptTimeout({ timeoutMs: attemptMs })], sender);

describe('the axios sender under the deadline layers', () => {
  it('closes the socket of a never-ending answer when the attempt timeout passes', async () => {
    const transport = underDeadlines(5_000, 80);
    const error = await transport({ method: 'GET', url: server.url, headers: {} }).catch((e: unknown) => e);
    expect(isTimeoutError(error) && error.deadline).toBe('attempt');
    expect(await socketClosed()).toBe(true);
  });

  it('closes the socket when the total deadline passes first', async () => {
    const transport = underDeadlines(80, 5_000);
    const error = await transport({ method: 'GET', url: server.url, headers: {} }).catch((e: unknown) => e);
    expect(isTimeoutError(error) && error.deadline).toBe('total');
    expect(await socketClosed()).toBe(true);
  });

  it("closes the socket when the caller's signal fires", async () => {
    const transport = underDeadlines(5_000, 5_000);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 80);
    const error = await transport({
      method: 'GET',
      url: server.url,
      headers: {},
      signal: controller.signal,
    }).catch((e: unknown) => e);
    expect(isAbortedError(error)).toBe(true);
    expect(await socketClosed()).toBe(true);
  });
});
