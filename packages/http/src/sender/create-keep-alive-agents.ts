import http from 'node:http';
import https from 'node:https';
import type { LookupFunction, Socket } from 'node:net';

/** The code of the error a socket is destroyed with when it did not connect in time. */
export const CONNECT_TIMEOUT_CODE = 'ERR_CREDIT_BRIDGE_CONNECT_TIMEOUT';

/** Options of {@link createKeepAliveAgents}. */
export interface KeepAliveAgentOptions {
  connectTimeoutMs: number;
  /** Sockets per origin; calls beyond it wait for a free socket (inside the total deadline). */
  maxSockets: number;
  /** DNS lookup override; default the system resolver. */
  lookup?: LookupFunction | undefined;
}

type CreateConnection = (options: object, callback?: (error: Error | null, socket: Socket) => void) => Socket;

/** Destroys a socket still connecting after `timeoutMs`: covers DNS and the TCP handshake. */
function armConnectTimeout(socket: Socket, timeoutMs: number): void {
  if (!socket.connecting) return;
  const timer = setTimeout(() => {
    const error = Object.assign(new Error(`connect timeout after ${timeoutMs} ms`), {
      code: CONNECT_TIMEOUT_CODE,
    });
    socket.destroy(error);
  }, timeoutMs);
  const clear = () => clearTimeout(timer);
  socket.once('connect', clear);
  socket.once('close', clear);
}

function withConnectTimeout<A extends http.Agent>(agent: A, timeoutMs: number): A {
  const target = agent as unknown as { createConnection: CreateConnection };
  const original = target.createConnection.bind(agent);
  target.createConnection = (options, callback) => {
    const socket = original(options, callback);
    armConnectTimeout(socket, timeoutMs);
    return socket;
  };
  return agent;
}

/**
 * Keep-alive HTTP and HTTPS agents whose new sockets must connect within `connectTimeoutMs`. The connect
 * timeout lives on the socket, so it does not count time spent queued for a pooled socket (that is the
 * total deadline's job) nor the response (the attempt timeout's).
 *
 * @example
 * const { httpAgent, httpsAgent } = createKeepAliveAgents({ connectTimeoutMs: 5_000, maxSockets: 64 });
 */
export function createKeepAliveAgents(options: KeepAliveAgentOptions): {
  httpAgent: http.Agent;
  httpsAgent: https.Agent;
} {
  const common = {
    keepAlive: true,
    maxSockets: options.maxSockets,
    ...(options.lookup ? { lookup: options.lookup } : {}),
  };
  return {
    httpAgent: withConnectTimeout(new http.Agent(common), options.connectTimeoutMs),
    httpsAgent: withConnectTimeout(new https.Agent(common), options.connectTimeoutMs),
  };
}
