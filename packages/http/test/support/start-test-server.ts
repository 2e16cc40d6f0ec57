import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request as the server received it. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** Sequence number of the TCP connection it arrived on, to observe keep-alive reuse. */
  connection: number;
}

/** How the server answers one request. */
export type Responder = (req: IncomingMessage, res: ServerResponse) => void;

/** A loopback server that answers from a script, then with 200 `{"ok":true}`. */
export interface TestServer {
  url: string;
  seen: SeenRequest[];
  /** Queues responders for the next requests, in order. */
  script(...responders: Responder[]): void;
  close(): Promise<void>;
}

export const ok =
  (body: unknown = { ok: true }): Responder =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };

export const status =
  (code: number, headers: Record<string, string> = {}, body = ''): Responder =>
  (_req, res) => {
    res.writeHead(code, headers).end(body);
  };

/** Destroys the connection without answering: the client sees ECONNRESET / socket hang up. */
export const reset = (): Responder => (req) => {
  req.socket.destroy();
};

/** Sends headers and part of a body, then never finishes. */
export const hang = (): Responder => (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.write('{"partial":');
};

/**
 * Starts a node:http server on 127.0.0.1, port 0. Only loopback is ever used by these tests.
 *
 * @example
 * const server = await startTestServer();
 * server.script(status(503), ok());
 */
export async function startTestServer(): Promise<TestServer> {
  const seen: SeenRequest[] = [];
  const queue: Responder[] = [];
  const sockets = new Set<Socket>();
  const connectionIds = new WeakMap<Socket, number>();
  let connections = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        connection: connectionIds.get(req.socket) ?? 0,
      });
      (queue.shift() ?? ok())(req, res);
    });
  });
  server.keepAliveTimeout = 10_000;
  server.on('connection', (socket: Socket) => {
    connections += 1;
    connectionIds.set(socket, connections);
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    script: (...responders) => queue.push(...responders),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
