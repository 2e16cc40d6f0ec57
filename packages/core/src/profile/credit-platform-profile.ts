import type { CreditPlatformOperation } from './credit-platform-operations.js';

/**
 * Everything about the credit platform that a real deployment may name differently, as plain data
 * (decision 0003): both the adapter and the mock platform read it, so a renamed profile is testable end to
 * end. Build one with `defineCreditPlatformProfile`; the contract's own is `DEFAULT_CREDIT_PLATFORM_PROFILE`.
 */
export interface CreditPlatformProfile {
  /** A name for logs and error messages, e.g. `credit-bridge-contract-v1`. */
  readonly name: string;
  /**
   * The path template of each operation: `{param}` stands for one percent-encoded path segment (or part of
   * one), everything else is literal, including a `:` as in `/api/v1/penalties:batch`.
   */
  readonly paths: Readonly<Record<CreditPlatformOperation, string>>;
  readonly envelope: CreditPlatformEnvelope;
  /**
   * `http`: failures carry a fitting HTTP status. `always-200`: legacy gateways answer 200 to everything and
   * put the outcome only in the envelope's code.
   */
  readonly statusMode: 'http' | 'always-200';
  readonly signing: CreditPlatformSigning;
  readonly idempotency: CreditPlatformIdempotency;
  readonly paging: CreditPlatformPaging;
  readonly batchLimits: CreditPlatformBatchLimits;
  /** Query parameter names of the check and verification operations. */
  readonly query: CreditPlatformQueryNames;
  /**
   * Wire (column) names this deployment uses instead of core's: core name → platform name, applied on top
   * of core's wire tables by `renameWireFields`. Absent: core's names.
   */
  readonly wireFieldRenames?: Readonly<Partial<Record<string, string>>>;
}

/** The JSON envelope every answer is wrapped in. */
export interface CreditPlatformEnvelope {
  /** Property names of the envelope: `{ code, message, requestId, data }` or `{ …, error }`. */
  readonly fields: {
    readonly code: string;
    readonly message: string;
    readonly requestId: string;
    readonly data: string;
    readonly error: string;
  };
  /** The gateway code of a success, `00`. */
  readonly successCode: string;
  /** The gateway codes of a failure: `96` data error, `97` missing parameter, `98` wrong type, `99` failure. */
  readonly failureCodes: {
    readonly dataError: string;
    readonly missingParameter: string;
    readonly wrongParameterType: string;
    readonly failure: string;
  };
}

/** How requests are signed (docs/guides/signing-requests.md). */
export interface CreditPlatformSigning {
  /** The method a client signs with by default; the platform accepts both. */
  readonly method: 'HMAC-SM3' | 'HMAC-SHA256';
  readonly headers: {
    readonly appKey: string;
    readonly timestamp: string;
    readonly nonce: string;
    readonly signMethod: string;
    readonly signature: string;
  };
}

/** The headers of idempotent batch POSTs. */
export interface CreditPlatformIdempotency {
  /** The request header carrying the key, `Idempotency-Key`. */
  readonly keyHeader: string;
  /** The response header marking a replayed answer, `Idempotent-Replayed: true`. */
  readonly replayedHeader: string;
}

/** The change feeds' cursor paging. */
export interface CreditPlatformPaging {
  readonly cursorParam: string;
  readonly limitParam: string;
  readonly itemsField: string;
  readonly nextCursorField: string;
  readonly hasMoreField: string;
  readonly defaultLimit: number;
  readonly maxLimit: number;
}

/** Size limits beyond which the platform answers 413 and stores nothing. */
export interface CreditPlatformBatchLimits {
  /** Records per batch submit. */
  readonly recordsPerBatch: number;
  /** Subjects per blacklist check batch. */
  readonly subjectsPerCheck: number;
  /** Request body size in bytes. */
  readonly maxBodyBytes: number;
}

/** Query parameter names. */
export interface CreditPlatformQueryNames {
  readonly uscc: string;
  readonly idNumber: string;
  /** The verification code of `reportVerify`. */
  readonly verificationCode: string;
}

type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | undefined }
    : T;

/** What `defineCreditPlatformProfile` takes: any part of a profile, merged over the default. */
export type CreditPlatformProfileInput = DeepPartial<CreditPlatformProfile>;
