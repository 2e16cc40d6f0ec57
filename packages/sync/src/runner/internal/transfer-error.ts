import { CreditBridgeError, isCreditBridgeError } from '@credit-bridge/core';

/**
 * An error as plain data, so it crosses a thread whole: a structured clone of an `Error` keeps only its
 * message and stack, and would lose a `CreditBridgeError`'s code and details or a system error's `code`.
 */
export interface TransferredError {
  readonly name: string;
  readonly message: string;
  readonly stack: string | undefined;
  /** Other own enumerable properties (`code`, `errno`, `path`, …) that a structured clone keeps. */
  readonly properties: Record<string, unknown>;
  /** Set for a `CreditBridgeError` (or a subclass), rebuilt as one. */
  readonly creditBridge: { code: string; retryable: boolean; details: Record<string, unknown> } | undefined;
  readonly cause: { readonly error: TransferredError } | { readonly value: unknown } | undefined;
}

const KINDS: Readonly<Record<string, ErrorConstructor>> = {
  Error,
  TypeError,
  RangeError,
  SyntaxError,
  ReferenceError,
  EvalError,
  URIError,
};
const OWN = new Set(['name', 'message', 'stack', 'cause']);
const BRIDGE_OWN = new Set([...OWN, 'code', 'retryable', 'details']);
// Deeper causes are cut: a chain that long is a loop or a bug, and the outer errors carry the story.
const MAX_CAUSES = 8;

/**
 * Turns anything thrown into {@link TransferredError} data for `postMessage`.
 *
 * @example
 * parentPort.postMessage({ type: 'error', error: transferError(error) });
 */
export function transferError(thrown: unknown, depth = 0): TransferredError {
  if (!(thrown instanceof Error)) {
    return transferError(new Error(`non-error thrown: ${String(thrown)}`), depth);
  }
  const bridge = isCreditBridgeError(thrown);
  const skip = bridge ? BRIDGE_OWN : OWN;
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(thrown)) {
    if (!skip.has(key) && cloneable(value)) properties[key] = value;
  }
  const cause = (thrown as { cause?: unknown }).cause;
  return {
    name: thrown.name,
    message: thrown.message,
    stack: thrown.stack,
    properties,
    creditBridge: bridge
      ? { code: thrown.code, retryable: thrown.retryable, details: cloneableDetails(thrown.details) }
      : undefined,
    cause:
      cause === undefined || depth >= MAX_CAUSES
        ? undefined
        : cause instanceof Error
          ? { error: transferError(cause, depth + 1) }
          : { value: cloneable(cause) ? cause : String(cause) },
  };
}

/**
 * Rebuilds an error from {@link TransferredError} data: a `CreditBridgeError` with the same code,
 * message, details and `retryable` (the text was redacted where it was thrown and is kept as it is),
 * other errors as their built-in kind with their properties; the stack is the thrower's.
 *
 * @example
 * throw reviveError(message.error);
 */
export function reviveError(data: TransferredError): Error {
  const cause =
    data.cause === undefined
      ? undefined
      : 'error' in data.cause
        ? reviveError(data.cause.error)
        : data.cause.value;
  const withCause = cause === undefined ? {} : { cause };
  let error: Error;
  if (data.creditBridge !== undefined) {
    const { code, retryable, details } = data.creditBridge;
    error = new CreditBridgeError({ code, message: data.message, retryable, details, ...withCause });
    // Redacted once where it was thrown: the same text and details, not a second redaction of them.
    Object.defineProperty(error, 'message', { value: data.message, writable: true, configurable: true });
    Object.assign(error, { details: Object.freeze(details) });
  } else {
    error = new (KINDS[data.name] ?? Error)(data.message, withCause);
  }
  if (error.name !== data.name) error.name = data.name;
  Object.assign(error, data.properties);
  if (data.stack !== undefined) error.stack = data.stack;
  return error;
}

function cloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

function cloneableDetails(details: Readonly<Record<string, unknown>>): Record<string, unknown> {
  if (cloneable(details)) return { ...details };
  return JSON.parse(JSON.stringify(details) ?? '{}') as Record<string, unknown>;
}
