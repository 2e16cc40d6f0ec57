import type { Handler } from '../compose-transport.js';
import type { Deadline } from '../errors/timeout-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { requestContext } from '../errors/transport-error.js';
import type { HttpRequest, HttpResponse } from '../http-request.js';
import { abortErrorFor } from './abort-error-for.js';

/**
 * The signals this module hands down, each with the aborts of the scopes nested in it (the attempt
 * timeout inside the total deadline): a scope under one of these is aborted by a direct call, with no
 * `AbortSignal.any` and no event listener, which in Node 20 cost more than the rest of the two layers.
 */
const nestedAborts = new WeakMap<AbortSignal, Set<(reason: unknown) => void>>();

/** Makes `parent` abort `abort` until the returned function unlinks them. */
function link(parent: AbortSignal | undefined, abort: (reason: unknown) => void): () => void {
  if (parent === undefined) return () => {};
  const siblings = nestedAborts.get(parent);
  if (siblings !== undefined) {
    siblings.add(abort);
    return () => siblings.delete(abort);
  }
  // The caller's own signal.
  const onAbort = () => abort(parent.reason);
  parent.addEventListener('abort', onAbort, { once: true });
  return () => parent.removeEventListener('abort', onAbort);
}

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
  const { signal } = controller;
  const nested = new Set<(reason: unknown) => void>();
  nestedAborts.set(signal, nested);
  let reject: (error: unknown) => void = () => {};
  const aborted = new Promise<never>((_, fail) => {
    reject = fail;
  });
  aborted.catch(() => {});
  const abort = (reason: unknown) => {
    if (signal.aborted) return;
    controller.abort(reason);
    // One macrotask of grace: a handler that honours the signal rejects first, with its own context.
    setImmediate(() => reject(abortErrorFor(signal.reason, request)));
    for (const abortNested of nested) abortNested(reason);
  };
  const unlink = link(request.signal, abort);
  const timer = setTimeout(() => {
    abort(new TimeoutError({ ...requestContext(request), ...timeout }));
  }, timeout.timeoutMs);
  try {
    return await Promise.race([next({ ...request, ...extra, signal }), aborted]);
  } finally {
    clearTimeout(timer);
    unlink();
  }
}
