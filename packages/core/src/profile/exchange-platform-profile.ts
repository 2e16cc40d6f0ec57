import type {
  CreditPlatformEnvelope,
  CreditPlatformPaging,
  CreditPlatformSigning,
} from './credit-platform-profile.js';
import type { ExchangePlatformOperation } from './exchange-platform-operations.js';

/**
 * Everything about the exchange platform that a deployment may name or size differently, as plain data
 * (decision 0003), read by the adapter and the mock alike. The XML itself is fixed by
 * `exchange-envelope.xsd` and is not part of a profile. Build one with `defineExchangePlatformProfile`;
 * the contract's own is `DEFAULT_EXCHANGE_PLATFORM_PROFILE`.
 */
export interface ExchangePlatformProfile {
  /** A name for logs and error messages, e.g. `credit-bridge-exchange-v1`. */
  readonly name: string;
  /** The path template of each operation; `{messageId}` stands for one percent-encoded segment. */
  readonly paths: Readonly<Record<ExchangePlatformOperation, string>>;
  /** The JSON envelope of every answer but a receipt: the credit platform's. */
  readonly envelope: CreditPlatformEnvelope;
  /** `http`: failures carry a fitting status; `always-200`: the outcome is only in the envelope's code. */
  readonly statusMode: 'http' | 'always-200';
  /** Signing headers: the credit platform's scheme (docs/guides/signing-requests.md). */
  readonly signing: CreditPlatformSigning;
  readonly contentTypes: ExchangePlatformContentTypes;
  /**
   * The XML encodings a published message may declare (and a `charset` may name). UTF-8 is always among
   * them: it is what the platform writes.
   */
  readonly charsets: readonly ExchangeCharset[];
  /** Inbox paging: `after` and `limit` (1–100, default 20), `{ items, nextCursor, hasMore }`. */
  readonly paging: ExchangePlatformPaging;
  readonly limits: ExchangePlatformLimits;
}

/** An encoding a message may declare: what the exchange codec reads. */
export type ExchangeCharset = 'UTF-8' | 'GB18030' | 'GBK' | 'GB2312';

/** The media types of requests and answers. */
export interface ExchangePlatformContentTypes {
  /** A published message: `application/xml` (a `charset` parameter may name the declared encoding). */
  readonly message: string;
  /** A receipt answering a publish: `application/xml; charset=UTF-8`. */
  readonly receipt: string;
  /** Every other answer and every error: `application/json; charset=UTF-8`. */
  readonly json: string;
}

/** The inbox's cursor paging, in the credit platform's terms (`cursorParam` is `after` here). */
export type ExchangePlatformPaging = CreditPlatformPaging;

/** Sizes beyond which the platform refuses a message. */
export interface ExchangePlatformLimits {
  /** Bytes of a message on the wire (413 `E_PAYLOAD_TOO_LARGE`); the contract's 4 MiB. */
  readonly maxBodyBytes: number;
  /** Records per message, at most the schema's 500 (a REJECTED receipt with `E_BATCH_TOO_LARGE`). */
  readonly maxRecords: number;
}

type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | undefined }
    : T;

/** What `defineExchangePlatformProfile` takes: any part of a profile, merged over the default. */
export type ExchangePlatformProfileInput = DeepPartial<ExchangePlatformProfile>;
