import type { HttpRequest, HttpResponse } from './http-request.js';

/** The transport: one request in, one response (of any status) out. The terminal sender is a Handler. */
export type Handler = (request: HttpRequest) => Promise<HttpResponse>;

/** One concern of the transport (retry, signing, deadlines, …) wrapped around the next handler. */
export type Middleware = (next: Handler) => Handler;

/**
 * Builds a transport from an ordered list of middleware, outermost first, ending with the sender.
 * The order is the design: e.g. signing sits inside retry so that every attempt is signed afresh.
 *
 * @example
 * const transport = composeTransport([requestId(), retry({ maxAttempts: 3 })], createAxiosSender());
 * const response = await transport({ method: 'GET', url: 'http://127.0.0.1:8080/health', headers: {} });
 */
export function composeTransport(middleware: readonly Middleware[], sender: Handler): Handler {
  return middleware.reduceRight<Handler>((next, layer) => layer(next), sender);
}
