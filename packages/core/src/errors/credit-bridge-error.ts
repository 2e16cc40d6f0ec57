import { redact, redactText } from '../mask/redact.js';

// Symbol.for is shared across realms and across two installed copies of this package, so the guard
// below works where `instanceof` does not (STYLE habit 12).
const BRAND = Symbol.for('@credit-bridge/error');

/** What every credit-bridge error carries. */
export interface CreditBridgeErrorOptions<Code extends string = string> {
  /** Stable machine code, `E_` + upper snake case: switch on it, never on the message. */
  code: Code;
  message: string;
  /** Whether trying the same operation again may succeed. */
  retryable?: boolean;
  cause?: unknown;
  /** Structured context; identifiers, names and secrets are masked at construction. */
  details?: Record<string, unknown>;
}

/**
 * The one base of every error the toolkit throws. The message and details are redacted when the error
 * is constructed, so nothing downstream (logs, reports, error trackers) can leak an identity number.
 *
 * @example
 * throw new CreditBridgeError({ code: 'E_CONFIG', message: 'baseUrl is required' });
 */
export class CreditBridgeError<Code extends string = string> extends Error {
  readonly code: Code;
  readonly retryable: boolean;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(options: CreditBridgeErrorOptions<Code>) {
    super(redactText(options.message), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CreditBridgeError';
    this.code = options.code;
    this.retryable = options.retryable ?? false;
    this.details = Object.freeze(redact(options.details ?? {}));
    Object.defineProperty(this, BRAND, { value: true, enumerable: false });
  }

  /** A plain, already-redacted object for logs and JSON reports. */
  toJSON(): {
    name: string;
    code: Code;
    message: string;
    retryable: boolean;
    details: Record<string, unknown>;
  } {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      retryable: this.retryable,
      details: { ...this.details },
    };
  }
}

/**
 * True for any credit-bridge error, including one thrown by another installed copy of the toolkit.
 *
 * @example
 * if (isCreditBridgeError(error) && error.code === 'E_AUTH_SIGNATURE') rotateSecret();
 */
export function isCreditBridgeError(value: unknown): value is CreditBridgeError {
  if (typeof value !== 'object' || value === null) return false;
  const branded = (value as Record<PropertyKey, unknown>)[BRAND] === true;
  return branded && typeof (value as { code?: unknown }).code === 'string';
}
