/**
 * The stable `code`s of the errors the exchange codec throws:
 * - `E_XML_TOO_LARGE`: more bytes than the limit (checked before anything is read);
 * - `E_XML_ENCODING`: a byte-order mark or declared encoding other than UTF-8, GB18030, GBK, GB2312;
 * - `E_XML_DOCTYPE`: a document type declaration, of any kind (refused before parsing);
 * - `E_XML_MALFORMED`: not well-formed XML: truncated, mismatched tags, bytes that do not decode, an
 *   entity other than the five predefined ones;
 * - `E_XML_CHAR`: a character XML 1.0 cannot carry (C0 controls other than tab, LF, CR; U+FFFE, U+FFFF;
 *   lone surrogates), raw or as a character reference; the error names the element;
 * - `E_XML_NAMESPACE`: an element outside `urn:credit-bridge:exchange:1.0`;
 * - `E_XML_SCHEMA`: the root, Header, Body or a receipt does not have the schema's shape;
 * - `E_SCHEMA_VERSION`, `E_MESSAGE_TYPE`, `E_RECORD_COUNT`, `E_BATCH_TOO_LARGE`, `E_BODY_DIGEST`: the
 *   message-level codes of exchange-envelope.md, "Receipts";
 * - `E_WIRE_VALUE`: encode was given a value it cannot write (blank text, an unknown code key);
 * - `E_ARGUMENT`: encode was given a header or options that are not valid.
 */
export const EXCHANGE_ERROR_CODES = [
  'E_XML_TOO_LARGE',
  'E_XML_ENCODING',
  'E_XML_DOCTYPE',
  'E_XML_MALFORMED',
  'E_XML_CHAR',
  'E_XML_NAMESPACE',
  'E_XML_SCHEMA',
  'E_SCHEMA_VERSION',
  'E_MESSAGE_TYPE',
  'E_RECORD_COUNT',
  'E_BATCH_TOO_LARGE',
  'E_BODY_DIGEST',
  'E_WIRE_VALUE',
  'E_ARGUMENT',
] as const;

/** One of {@link EXCHANGE_ERROR_CODES}. */
export type ExchangeErrorCode = (typeof EXCHANGE_ERROR_CODES)[number];
