/**
 * The faults the mock platforms can inject:
 * - `latency`: wait `ms` before handling the request (it is then handled normally);
 * - `status`: answer 500, 502, 503 or 504 with a failure envelope (`Retry-After` when given);
 * - `rate-limit`: answer 429 `E_RATE_LIMITED` with `Retry-After`;
 * - `reset`: drop the connection without an answer;
 * - `truncated`: send the headers with the full `Content-Length`, then only part of the body, then close;
 * - `malformed-json`: answer 200 with a body that is almost, but not, JSON;
 * - `malformed-xml`: the answer with its last XML end tag cut off, so a receipt is not well-formed (a
 *   JSON answer is damaged as `malformed-json` damages it);
 * - `html-gateway`: answer 502 with a `text/html` error page, as a gateway in front of the platform does;
 * - `dribble`: send the real answer slowly, `chunkBytes` every `intervalMs`.
 */
export const FAULT_KINDS = [
  'latency',
  'status',
  'rate-limit',
  'reset',
  'truncated',
  'malformed-json',
  'malformed-xml',
  'html-gateway',
  'dribble',
] as const;

/** One of {@link FAULT_KINDS}. */
export type FaultKind = (typeof FAULT_KINDS)[number];

/**
 * When a fault strikes:
 * - `before` (default): before the request touches any state — the platform changes nothing, and a retry
 *   is always safe;
 * - `afterCommit`: after the request was handled and its changes committed — the answer is lost or
 *   damaged on the way back. This is what makes idempotency keys matter: a retry with the same key gets the
 *   stored answer instead of a second submission.
 * `latency` and `dribble` only slow a request down and never lose it, so they ignore the timing.
 */
export type FaultTiming = 'before' | 'afterCommit';

/** A fault and its parameters. */
export type Fault =
  | { readonly kind: 'latency'; readonly ms: number }
  | { readonly kind: 'status'; readonly status: 500 | 502 | 503 | 504; readonly retryAfterSeconds?: number }
  | { readonly kind: 'rate-limit'; readonly retryAfterSeconds?: number }
  | { readonly kind: 'reset' }
  | { readonly kind: 'truncated' }
  | { readonly kind: 'malformed-json' }
  | { readonly kind: 'malformed-xml' }
  | { readonly kind: 'html-gateway' }
  | { readonly kind: 'dribble'; readonly chunkBytes?: number; readonly intervalMs?: number };

/** A fault with its timing. */
export type FaultSpec = Fault & { readonly timing?: FaultTiming };

/** Where faults apply: an operation name (`blacklistSubmit`) or `*` for every operation. */
export type FaultRoute = string;
