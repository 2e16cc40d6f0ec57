import { digest } from '../../crypto/digest.js';
import { timingSafeEqualHex } from '../../crypto/timing-safe-equal-hex.js';
import { isCreditBridgeError } from '../../errors/credit-bridge-error.js';
import type { ExchangeHeader } from './exchange-header.js';
import type { DecodedExchangeMessage } from './exchange-message.js';
import {
  EXCHANGE_BODY_ELEMENTS,
  EXCHANGE_RECORD_MESSAGES,
  isRecordMessageType,
} from './exchange-message-type.js';
import { EXCHANGE_LIMITS } from './exchange-namespace.js';
import { decodeCreditReport } from './internal/decode-credit-report.js';
import { decodeRecord, RECORD_ELEMENT_COLUMNS } from './internal/decode-record.js';
import { detectXmlEncoding } from './internal/detect-xml-encoding.js';
import { exchangeError } from './internal/exchange-error.js';
import { parseExchangeXml, RECORD_ELEMENTS, type XmlObject } from './internal/exchange-xml-parser.js';
import { locateBodyBytes } from './internal/locate-body-bytes.js';
import { readHeader } from './internal/read-header.js';
import { readReceipt } from './internal/read-receipt.js';
import { scanXmlDocument } from './internal/scan-xml-document.js';
import { decodeXmlBytes } from './internal/xml-text-codec.js';
import { childElements, listOf } from './internal/xml-tree.js';

/** Options of {@link decodeExchangeMessage}. */
export interface DecodeExchangeOptions {
  /** Refuse longer input before reading it (`E_XML_TOO_LARGE`); default 4 MiB, the contract's limit. */
  maxBytes?: number;
}

const BODY_ELEMENTS: ReadonlySet<string> = new Set(Object.values(EXCHANGE_BODY_ELEMENTS));
const RECORD_ELEMENT_NAMES: ReadonlySet<string> = new Set(RECORD_ELEMENTS);

/**
 * Decodes an exchange message (exchange-envelope.xsd / .md), safely: the size is checked before
 * anything is read; the encoding comes from a UTF-8 byte-order mark or the declaration (UTF-8, GB18030,
 * GBK, GB2312); the whole text is scanned before the parser runs, so a DOCTYPE of any kind, an entity
 * other than the five predefined ones, a character XML cannot carry, a foreign namespace or truncated
 * or mismatched markup is a typed error and nothing is ever expanded; the body digest is recomputed
 * over the Body bytes as received and must match. Every leaf stays a string until the record's
 * wire codec and zod schema type it.
 *
 * Decoding is structural: each record comes back on its own, `ok` with its typed value or with its
 * issues (the contract rejects a record that breaks the schema on its own, the others go on); check
 * characters and cross-field rules are `validateRecord`'s job. Message-level problems throw a
 * `CreditBridgeError`: `E_XML_TOO_LARGE`, `E_XML_ENCODING`, `E_XML_DOCTYPE`, `E_XML_MALFORMED`,
 * `E_XML_CHAR`, `E_XML_NAMESPACE`, `E_XML_SCHEMA`, `E_SCHEMA_VERSION`, `E_MESSAGE_TYPE`,
 * `E_BATCH_TOO_LARGE`, `E_BODY_DIGEST`, `E_RECORD_COUNT`.
 *
 * @example
 * const message = decodeExchangeMessage(bytes);
 * if (message.messageType === 'XZCF') {
 *   for (const record of message.records) if (!record.ok) reject(record.index, record.issues);
 * }
 */
export function decodeExchangeMessage(
  bytes: Uint8Array,
  options: DecodeExchangeOptions = {},
): DecodedExchangeMessage {
  const maxBytes = options.maxBytes ?? EXCHANGE_LIMITS.maxBytes;
  if (bytes.length > maxBytes) {
    throw exchangeError(
      'decodeExchangeMessage',
      'E_XML_TOO_LARGE',
      `${bytes.length} bytes is over the limit of ${maxBytes}`,
      {
        bytes: bytes.length,
        maxBytes,
      },
    );
  }
  const detected = detectXmlEncoding(bytes);
  const text = decodeXmlBytes(bytes, detected);
  const scan = scanXmlDocument(text, RECORD_ELEMENT_COLUMNS);
  const children = scan.bodyChildren;
  const first = children[0];
  const last = children[children.length - 1];
  // Records, nearly all the bytes, are read from the ranges the scan found; the parser gets the rest.
  const flat =
    first !== undefined && last !== undefined && children.every(({ name }) => RECORD_ELEMENT_NAMES.has(name));
  const message = parseMessage(flat ? text.slice(0, first.start) + text.slice(last.end) : text);
  const header = readHeader(message);
  const range = locateBodyBytes(bytes, scan);
  const computed = digest(header.digestAlgorithm, bytes.subarray(range.start, range.end));
  if (!timingSafeEqualHex(computed, header.bodyDigest)) {
    throw exchangeError(
      'decodeExchangeMessage',
      'E_BODY_DIGEST',
      `bodyDigest does not match the ${header.digestAlgorithm} of the Body bytes`,
      {
        messageId: header.messageId,
        field: 'bodyDigest',
      },
    );
  }
  const body = childElements(message.Body ?? '', 'Body', (field, problem) => {
    throw exchangeError('decodeExchangeMessage', 'E_XML_SCHEMA', `<${field}> ${problem}`, { field });
  });
  checkBodyContent(
    children.map(({ name }) => name),
    header,
  );
  const base = { header, encoding: detected.encoding };
  const type = header.messageType;
  if (type === 'RECEIPT') {
    const [receiptNode] = listOf(body, 'Receipt');
    if (children.length !== 1 || receiptNode === undefined) {
      throw exchangeError(
        'decodeExchangeMessage',
        'E_XML_SCHEMA',
        `Body holds ${children.length} <Receipt>`,
        {
          field: 'Receipt',
        },
      );
    }
    const receipt = readReceipt(receiptNode);
    checkRecordCount(header, receipt.results?.length ?? 0);
    return { ...base, messageType: type, receipt };
  }
  if (children.length > EXCHANGE_LIMITS.maxRecords) {
    throw exchangeError(
      'decodeExchangeMessage',
      'E_BATCH_TOO_LARGE',
      `Body holds ${children.length} records, at most ${EXCHANGE_LIMITS.maxRecords} allowed`,
      { count: children.length },
    );
  }
  checkRecordCount(header, children.length);
  if (type === 'XYBG') {
    const reports = listOf(body, 'CreditReport');
    return {
      ...base,
      messageType: type,
      records: reports.map((node, index) => decodeCreditReport(node, index)),
    };
  }
  if (!isRecordMessageType(type)) throw new TypeError(`unreachable message type ${type}`);
  const { recordType } = EXCHANGE_RECORD_MESSAGES[type];
  const records = children.map((child, index) => decodeRecord(recordType, text, child, index));
  // The pairing of `messageType` and `records` is the one EXCHANGE_RECORD_MESSAGES fixes.
  return { ...base, messageType: type, records } as DecodedExchangeMessage;
}

function parseMessage(text: string): XmlObject {
  let document: XmlObject;
  try {
    document = parseExchangeXml(text);
  } catch (cause) {
    if (isCreditBridgeError(cause)) throw cause;
    throw exchangeError(
      'decodeExchangeMessage',
      'E_XML_MALFORMED',
      `the XML does not parse: ${String(cause)}`,
    );
  }
  const root = document.Message;
  if (root === undefined || typeof root !== 'object' || Array.isArray(root)) {
    throw exchangeError('decodeExchangeMessage', 'E_XML_SCHEMA', 'Message has no Header or Body', {
      field: 'Message',
    });
  }
  return root;
}

/** The elements directly in Body must be those `messageType` names (`E_MESSAGE_TYPE` otherwise), at least one. */
function checkBodyContent(names: readonly string[], header: ExchangeHeader): void {
  const expected = EXCHANGE_BODY_ELEMENTS[header.messageType];
  for (const name of names) {
    if (name === expected) continue;
    const code = BODY_ELEMENTS.has(name) ? 'E_MESSAGE_TYPE' : 'E_XML_SCHEMA';
    throw exchangeError(
      'decodeExchangeMessage',
      code,
      `Body holds <${name}>, but messageType ${header.messageType} carries <${expected}>`,
      { field: name },
    );
  }
  if (names.length === 0) {
    throw exchangeError('decodeExchangeMessage', 'E_XML_SCHEMA', `Body holds no <${expected}>`, {
      field: expected,
    });
  }
}

/** `Header/recordCount` must be the number of records (RECEIPT: of `Result` elements). */
function checkRecordCount(header: ExchangeHeader, count: number): void {
  if (count !== header.recordCount) {
    throw exchangeError(
      'decodeExchangeMessage',
      'E_RECORD_COUNT',
      `recordCount is ${header.recordCount} but Body holds ${count}`,
      {
        field: 'recordCount',
        count,
      },
    );
  }
}
