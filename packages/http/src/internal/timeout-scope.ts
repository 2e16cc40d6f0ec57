import type { Deadline } from '../errors/timeout-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { requestContext } from '../errors/transport-error.js';
import type { HttpRequest } from '../http-request.js';
import { abortErrorFor } from './abort-error-for.js';

/**
 * What one deadline layer holds while its `next` call runs: the signal it hands down, when it is due,
 * and how the call fails when the signal fires. Scopes nest (the attempt timeout inside the total
 * deadline) through the signal a layer receives: a scope under another is aborted with it by a direct
 * call, and a scope opened while its parent is starting (the first attempt) also watches the parent's
 * due time, so a call that succeeds at once runs one timer for both deadlines. No `AbortSignal.any`, and
 * an abort listener only to follow the caller's own signal: on Node 20 they cost more than anything else
 * in the stack. The scope's work is in plain functions, so a call creates no closure for it.
 */
export interface TimeoutScope {
  readonly signal: AbortSignal;
  readonly controller: AbortController;
  readonly request: HttpRequest;
  readonly timeout: { deadline: Deadline; timeoutMs: number };
  /** Ends the layer's call with an error: one macrotask after the signal fired, if still running. */
  readonly fail: (error: unknown) => void;
  readonly dueAt: number;
  readonly parent: TimeoutScope | undefined;
  /** The caller's signal this scope follows, with the listener that does it. */
  followed: { signal: AbortSignal; listener: () => void } | undefined;
  nested: Set<TimeoutScope> | undefined;
  /** Told of the abort right after the signal: see {@link onScopeAbort}. */
  listeners: Set<() => void> | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** The nested scope whose timer watches this scope's due time too. */
  watchedBy: TimeoutScope | undefined;
  /** True while the layer is inside its synchronous `next` call. */
  starting: boolean;
  running: boolean;
}

const SCOPE = Symbol('credit-bridge timeout scope');
type ScopedSignal = AbortSignal & { [SCOPE]?: TimeoutScope };

/** Milliseconds until `dueAt`, rounded up: whole delays share Node's timer lists, and none fires early. */
function delayUntil(dueAt: number): number {
  return Math.max(0, Math.ceil(dueAt - performance.now()));
}

function failAfterGrace(scope: TimeoutScope): void {
  endTimeoutScope(scope);
  scope.fail(abortErrorFor(scope.signal.reason, scope.request));
}

function abortScope(scope: TimeoutScope, reason: unknown): void {
  if (scope.signal.aborted) return;
  if (scope.timer !== undefined) clearTimeout(scope.timer);
  scope.timer = undefined;
  scope.controller.abort(reason);
  if (scope.listeners !== undefined) for (const listener of scope.listeners) listener();
  // One macrotask of grace: a handler that honours the signal rejects first, with its own context.
  setImmediate(failAfterGrace, scope);
  if (scope.nested !== undefined) for (const nested of scope.nested) abortScope(nested, reason);
}

function expire(scope: TimeoutScope): void {
  abortScope(scope, new TimeoutError({ ...requestContext(scope.request), ...scope.timeout }));
}

function armOwn(scope: TimeoutScope): void {
  if (!scope.running || scope.signal.aborted) return;
  scope.timer = setTimeout(expire, delayUntil(scope.dueAt), scope);
}

/**
 * The timer of a scope that watches its parent's due time too, fired at the earlier of the two (the
 * parent's on a tie, as its own timer used to be set first). Once the scope has ended its timer is the
 * parent's: fired at the scope's time, the parent arms its own for what is left.
 */
function fireForBoth(scope: TimeoutScope, parent: TimeoutScope, parentFirst: boolean): void {
  if (parentFirst) {
    if (parent.running) expire(parent);
    else armOwn(scope);
  } else if (scope.running) {
    expire(scope);
  } else {
    parent.timer = undefined;
    armOwn(parent);
  }
}

function followParentSignal(this: TimeoutScope): void {
  if (this.followed !== undefined) abortScope(this, this.followed.signal.reason);
}

/**
 * Opens the scope of one deadline layer's call: a fresh signal that aborts when `timeout.timeoutMs`
 * passes (with a `TimeoutError` as its reason), when the caller's signal aborts (with its reason), or with
 * the scope it is nested in. Call {@link timeoutScopeStarted} once `next` has returned, and
 * {@link endTimeoutScope} when the call has settled.
 *
 * @example
 * const scope = openTimeoutScope(request, { deadline: 'attempt', timeoutMs }, reject);
 * const pending = next({ ...request, signal: scope.signal });
 * timeoutScopeStarted(scope);
 */
export function openTimeoutScope(
  request: HttpRequest,
  timeout: { deadline: Deadline; timeoutMs: number },
  fail: (error: unknown) => void,
): TimeoutScope {
  const parentSignal = request.signal as ScopedSignal | undefined;
  const candidate = parentSignal?.[SCOPE];
  // A scope that has ended is followed like the caller's own signal.
  const parent = candidate?.running === true ? candidate : undefined;
  const controller = new AbortController();
  const signal: ScopedSignal = controller.signal;
  const scope: TimeoutScope = {
    signal,
    controller,
    request,
    timeout,
    fail,
    dueAt: performance.now() + timeout.timeoutMs,
    parent,
    followed: undefined,
    nested: undefined,
    listeners: undefined,
    timer: undefined,
    watchedBy: undefined,
    starting: true,
    running: true,
  };
  signal[SCOPE] = scope;
  if (parent !== undefined) {
    parent.nested ??= new Set();
    parent.nested.add(scope);
    if (parent.starting && parent.timer === undefined && parent.watchedBy === undefined) {
      parent.watchedBy = scope;
      const parentFirst = parent.dueAt <= scope.dueAt;
      const dueAt = parentFirst ? parent.dueAt : scope.dueAt;
      scope.timer = setTimeout(fireForBoth, delayUntil(dueAt), scope, parent, parentFirst);
    }
  } else if (parentSignal !== undefined) {
    scope.followed = { signal: parentSignal, listener: followParentSignal.bind(scope) };
    parentSignal.addEventListener('abort', scope.followed.listener, { once: true });
  }
  return scope;
}

/** The layer's `next` has returned: the scope watches its own time unless a nested scope does. */
export function timeoutScopeStarted(scope: TimeoutScope): void {
  scope.starting = false;
  if (scope.timer === undefined && scope.watchedBy === undefined) armOwn(scope);
}

/** The layer's call has settled: the scope stops watching and leaves its parent. Safe to call twice. */
export function endTimeoutScope(scope: TimeoutScope): void {
  if (!scope.running) return;
  scope.starting = false;
  scope.running = false;
  const { parent, timer } = scope;
  scope.timer = undefined;
  if (scope.followed !== undefined) {
    scope.followed.signal.removeEventListener('abort', scope.followed.listener);
    scope.followed = undefined;
  }
  if (parent !== undefined) {
    parent.nested?.delete(scope);
    if (parent.watchedBy === scope) {
      parent.watchedBy = undefined;
      if (timer !== undefined && parent.running) {
        // The timer also watches the parent's time: it is the parent's now.
        parent.timer = timer;
        return;
      }
      // Between attempts (a backoff, the next attempt's setup) the parent watches its own time.
      if (!parent.starting) armOwn(parent);
    }
  }
  if (timer !== undefined) clearTimeout(timer);
}

/**
 * Calls `listener` when `signal`, the signal of a running scope, aborts, without an event listener on it
 * (an abort listener on a Node 20 signal costs more than the sender's other work); the returned function
 * stops it. `undefined` for any other signal, which the caller then follows as usual.
 *
 * @example
 * const stop = onScopeAbort(request.signal, () => cancel());
 */
export function onScopeAbort(signal: AbortSignal, listener: () => void): (() => void) | undefined {
  const scope = (signal as ScopedSignal)[SCOPE];
  if (scope === undefined || !scope.running || signal.aborted) return undefined;
  scope.listeners ??= new Set();
  const listeners = scope.listeners;
  listeners.add(listener);
  return () => listeners.delete(listener);
}
