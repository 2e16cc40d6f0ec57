import type { Handler } from '../compose-transport.js';
import type { Deadline, TimeoutError } from '../errors/timeout-error.js';
import type { HttpRequest, HttpResponse } from '../http-request.js';
import { abortErrorFor } from './abort-error-for.js';
import { endTimeoutScope, openTimeoutScope, timeoutScopeStarted } from './timeout-scope.js';

/**
 * Runs `next` under a signal that fires after `timeoutMs` (with a {@link TimeoutError} as its reason) or
 * when the caller's signal fires. The sender aborts the socket on it; the call also ends one macrotask
 * after the signal fires when an injected handler ignores it.
 */
export function withTimeoutSignal(
  next: Handler,
  request: HttpRequest,
  timeout: { deadline: Deadline; timeoutMs: number },
  extra: Partial<HttpRequest> = {},
): Promise<HttpResponse> {
  return new Promise<HttpResponse>((resolve, reject) => {
    if (request.signal?.aborted) {
      reject(abortErrorFor(request.signal.reason, request));
      return;
    }
    const scope = openTimeoutScope(request, timeout, reject);
    let pending: Promise<HttpResponse>;
    try {
      pending = next({ ...request, ...extra, signal: scope.signal });
    } catch (error) {
      endTimeoutScope(scope);
      reject(error);
      return;
    }
    timeoutScopeStarted(scope);
    pending.then(
      (response) => {
        endTimeoutScope(scope);
        resolve(response);
      },
      (error: unknown) => {
        endTimeoutScope(scope);
        reject(error);
      },
    );
  });
}
