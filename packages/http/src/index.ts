/**
 * @credit-bridge/http — the transport under both platform adapters.
 *
 * Read this file as the table of contents, one group per folder of `src/`: the client and its options,
 * the transport types, errors, platform envelopes, events, idempotency keys, middleware, cursor paging,
 * the retry policy, the axios sender and signing (whose canonical string comes from core).
 */

// The contract's canonical request string and signature live in core, so the mock platforms verify with
// the same code the client signs with; re-exported here for callers of the transport.
export {
  type CanonicalRequestInput,
  canonicalQuery,
  canonicalRequestString,
  computeSignature,
  percentEncode,
  type QueryInput,
  type SignMethod,
} from '@credit-bridge/core';
// The client with the standard stack, the stack itself, and the one place its defaults are resolved
export {
  createHttpClient,
  type HttpCall,
  type HttpClient,
  type JsonCallOptions,
  type JsonResponse,
} from './client/create-http-client.js';
export {
  createStandardTransport,
  type StandardLayers,
  standardMiddleware,
} from './client/create-standard-transport.js';
export {
  type HttpClientOptions,
  type ResolvedHttpOptions,
  resolveHttpOptions,
} from './client/resolve-http-options.js';
// The transport: a request → response function, middleware wrapped around a terminal sender
export { composeTransport, type Handler, type Middleware } from './compose-transport.js';
// Platform envelopes: success data, failures as PlatformError, broken envelopes as ContractError
export {
  createEnvelopeReader,
  type EnvelopeContext,
  type EnvelopeFailure,
  type EnvelopeReader,
  type EnvelopeReaderOptions,
  type EnvelopeSchemas,
} from './envelope/create-envelope-reader.js';
export { firstIssue, type SafeParseResult, type SafeParser } from './envelope/safe-parser.js';
// Errors: one shared shape, one class per boundary, cross-realm guards
export { AbortedError, isAbortedError } from './errors/aborted-error.js';
export { ContractError, isContractError } from './errors/contract-error.js';
export { type ContractIssue, contractViolation } from './errors/contract-violation.js';
export { HttpStatusError, isHttpStatusError } from './errors/http-status-error.js';
export { isNetworkError, NetworkError } from './errors/network-error.js';
export { isPlatformError, PlatformError } from './errors/platform-error.js';
export { type Deadline, isTimeoutError, TimeoutError } from './errors/timeout-error.js';
export {
  isTransportError,
  type RequestContext,
  requestContext,
  TransportError,
} from './errors/transport-error.js';
// Events for logs and metrics, redacted at construction
export {
  createHttpEvent,
  type HttpEvent,
  type HttpEventType,
  type OnHttpEvent,
} from './events/http-event.js';
export type { HttpMethod, HttpRequest, HttpResponse, QueryParams } from './http-request.js';
// Idempotency keys a re-run reproduces
export { deriveIdempotencyKey, type IdempotencyItem } from './idempotency/derive-idempotency-key.js';
// Middleware, one concern each
export { attemptTimeout } from './middleware/attempt-timeout.js';
export { deadline } from './middleware/deadline.js';
export { events } from './middleware/events.js';
export { httpStatus } from './middleware/http-status.js';
export { idempotencyKey } from './middleware/idempotency-key.js';
export { requestId } from './middleware/request-id.js';
export { type RetryOptions, retry } from './middleware/retry.js';
export { sign } from './middleware/sign.js';
// Cursor paging under a profile's names, with the page size checked first
export { checkPageLimit } from './paging/check-page-limit.js';
export { type CursorPage, type CursorPagesOptions, cursorPages } from './paging/cursor-pages.js';
// Retry policy: which failures are safe to repeat, backoff, Retry-After, the shared budget
export { createRetryBudget, type RetryBudget, type RetryBudgetOptions } from './retry/create-retry-budget.js';
export { fullJitterDelay } from './retry/full-jitter-delay.js';
export { isRetryable, type RetryGround } from './retry/is-retryable.js';
export { parseRetryAfter } from './retry/parse-retry-after.js';
// The terminal sender: axios over keep-alive agents with a connect timeout
export {
  type AxiosSender,
  type AxiosSenderOptions,
  createAxiosSender,
} from './sender/create-axios-sender.js';
export { createKeepAliveAgents, type KeepAliveAgentOptions } from './sender/create-keep-alive-agents.js';
// Signing: the contract's HMAC-SM3 / HMAC-SHA256 and two legacy gateway schemes (domain reference §6.2)
export {
  createHmacSigner,
  type HmacHeaderNames,
  type HmacSignerOptions,
} from './signing/create-hmac-signer.js';
export {
  createLegacyMd5Signer,
  type LegacyMd5SignerOptions,
  legacyMd5Signature,
} from './signing/create-legacy-md5-signer.js';
export {
  createSortedParamsMd5Signer,
  type SortedParamsMd5SignerOptions,
  sortedParamsMd5Signature,
} from './signing/create-sorted-params-md5-signer.js';
export type { Signer } from './signing/signer.js';
