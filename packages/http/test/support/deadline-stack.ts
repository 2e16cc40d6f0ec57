import {
  attemptTimeout,
  composeTransport,
  deadline,
  type Handler,
  type Middleware,
  type RetryOptions,
  retry,
} from '../../src/index.js';
import { recordingSleep } from './scripted-sender.js';

/** What {@link deadlineStack} builds: the deadlines, and the retry between them (immediate by default). */
export interface DeadlineStackOptions {
  totalMs: number;
  attemptMs: number;
  retry?: Partial<RetryOptions>;
  /** Middleware below the attempt timeout, next to the sender (e.g. `httpStatus()`). */
  inner?: Middleware[];
}

/**
 * The client's deadline layering over `handler`: a total deadline, retries, and a timeout per attempt,
 * with retries immediate and many unless `retry` says otherwise.
 *
 * @example
 * const transport = deadlineStack(sender, { totalMs: 200, attemptMs: 60 });
 */
export function deadlineStack(handler: Handler, options: DeadlineStackOptions): Handler {
  return composeTransport(
    [
      deadline({ totalMs: options.totalMs }),
      retry({
        maxAttempts: 100,
        baseDelayMs: 0,
        maxDelayMs: 0,
        sleep: recordingSleep(),
        random: () => 0,
        clock: Date.now,
        ...options.retry,
      }),
      attemptTimeout({ timeoutMs: options.attemptMs }),
      ...(options.inner ?? []),
    ],
    handler,
  );
}
