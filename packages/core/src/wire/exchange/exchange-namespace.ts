/**
 * The XML namespace of every element of an exchange message, envelope version 1.0
 * (exchange-envelope.md, "Namespace and root"). Any prefix, or none, may carry it.
 *
 * @example
 * `<Message xmlns="${EXCHANGE_NAMESPACE}">`;
 */
export const EXCHANGE_NAMESPACE = 'urn:credit-bridge:exchange:1.0';

/** The `Header/schemaVersion` this codec writes, and the only one it reads (`E_SCHEMA_VERSION` otherwise). */
export const EXCHANGE_SCHEMA_VERSION = '1.0';

/** The limits of the contract: 4 MiB per message on the wire, 500 records per message. */
export const EXCHANGE_LIMITS = {
  /** Bytes per message (exchange-envelope.md, "Limits"). */
  maxBytes: 4_194_304,
  /** Records per message (`PenaltyRecord` … `CreditReport`), and `Result` elements per receipt. */
  maxRecords: 500,
} as const;
