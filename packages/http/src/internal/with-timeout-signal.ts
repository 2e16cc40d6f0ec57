import type { Handler } from '../compose-transport.js';
import type { Deadline } from '../errors/timeout-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { requestContext } from '../errors/transport-error.js';
import type { HttpRequest, HttpResponse } from '../http-request.js';
import { abortErrorFor } from './abort-error-for.js';

/**
 * Runs `next` under a signal that fires after `timeoutMs` (with a {@link TimeoutError} as its reason) or
 * when the caller's signal fires. The sender aborts the socket on it; the race below also ends the call
 * when an injected handler ignores its signal.
 */
export async function withTimeoutSignal(
  next: Handler,
  request: HttpRequest,
  timeout: { deadline: Deadline; timeoutMs: number },
  extra: Partial<HttpRequest> = {},
): Promise<HttpResponse> {
  if (request.signal?.aborted) throw abortErrorFor(request.signal.reason, request);
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort(new TimeoutError({ ...requestContext(request), ...timeout }));
  }, timeout.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, controller.signal]) : controller.signal;
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    // One macrotask of grace: a handler that honours the signal rejects first, with its own context.
    onAbort = () => setImmediate(() => reject(abortErrorFor(signal.reason, request)));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => {});
  try {
    return await Promise.race([next({ ...request, ...extra, signal }), aborted]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}
