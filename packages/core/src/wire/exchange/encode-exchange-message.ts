import { digest } from '../../crypto/digest.js';
import { exchangeCreditReportSchema } from './exchange-credit-report.js';
import {
  EXCHANGE_DIGEST_ALGORITHMS,
  EXCHANGE_HEADER_ELEMENTS,
  type ExchangeDigestAlgorithm,
  type ExchangeHeader,
  exchangeHeaderInputSchema,
} from './exchange-header.js';
import type { ExchangeEncoding, ExchangeMessage } from './exchange-message.js';
import { EXCHANGE_BODY_ELEMENTS, EXCHANGE_RECORD_MESSAGES } from './exchange-message-type.js';
import { EXCHANGE_LIMITS, EXCHANGE_NAMESPACE, EXCHANGE_SCHEMA_VERSION } from './exchange-namespace.js';
import { exchangeReceiptSchema } from './exchange-receipt.js';
import { exchangeError } from './internal/exchange-error.js';
import { createTextWriter, type TextWriter } from './internal/text-writer.js';
import { writeCreditReportXml } from './internal/write-credit-report-xml.js';
import { writeReceiptXml } from './internal/write-receipt-xml.js';
import { writeRecordXml } from './internal/write-record-xml.js';
import { encodeXmlText } from './internal/xml-text-codec.js';

/** Options of {@link encodeExchangeMessage}. */
export interface EncodeExchangeOptions {
  /** `UTF-8` (default) or `GB18030`, for receivers that require it; the declaration says which. */
  encoding?: ExchangeEncoding;
  /** The body digest: `SM3` (default, the contract's choice) or `SHA-256`. */
  digestAlgorithm?: ExchangeDigestAlgorithm;
  /** Refuse to produce more bytes (`E_XML_TOO_LARGE`); default 4 MiB, the contract's limit. */
  maxBytes?: number;
}

const ENCODINGS: readonly ExchangeEncoding[] = ['UTF-8', 'GB18030'];

/**
 * Encodes a message as the bytes of an exchange envelope (exchange-envelope.xsd): the declaration,
 * `Message` in the exchange namespace, the Header in schema order with `recordCount`, `bodyDigest`
 * (SM3 or SHA-256 over the exact bytes of `<Body>…</Body>` in the output encoding) and
 * `digestAlgorithm` filled in, then the Body. Records are written through `toWireRecord`, one element
 * per column named by its wire name, in wire-table order; text is escaped (`&`, `<`, `>`, CR), never
 * dropped or coerced. Records are expected valid (`validateRecord`); reports and receipts are checked
 * against their schemas. Throws `CreditBridgeError`: `E_ARGUMENT` (header, receipt, report, options,
 * no records), `E_BATCH_TOO_LARGE` (over 500 records), `E_WIRE_VALUE` (a value that cannot be
 * written, or blank text), `E_XML_CHAR` (a character XML or GB18030 cannot carry, naming the field),
 * `E_XML_TOO_LARGE` (output over `maxBytes`).
 *
 * @example
 * const bytes = encodeExchangeMessage(
 *   { messageType: 'XZCF', header: { messageId, senderCode, receiverCode, regionCode: '420111', sendTime }, records },
 *   { encoding: 'GB18030' },
 * );
 */
export function encodeExchangeMessage(
  message: ExchangeMessage,
  options: EncodeExchangeOptions = {},
): Uint8Array {
  const encoding = options.encoding ?? 'UTF-8';
  const digestAlgorithm = options.digestAlgorithm ?? 'SM3';
  const maxBytes = options.maxBytes ?? EXCHANGE_LIMITS.maxBytes;
  if (!ENCODINGS.includes(encoding) || !EXCHANGE_DIGEST_ALGORITHMS.includes(digestAlgorithm)) {
    throw argument(`options: encoding must be UTF-8 or GB18030, digestAlgorithm SM3 or SHA-256`);
  }
  const parsed = exchangeHeaderInputSchema.safeParse(message.header);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw argument(`header.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const write = createTextWriter(encoding);
  const { xml, count } = writeBody(message, write);
  const body = encodeXmlText(`<Body>\n${xml}  </Body>`, encoding);
  const header: ExchangeHeader = {
    ...parsed.data,
    messageType: message.messageType,
    schemaVersion: EXCHANGE_SCHEMA_VERSION,
    recordCount: count,
    bodyDigest: digest(digestAlgorithm, body),
    digestAlgorithm,
  };
  const head = encodeXmlText(
    `<?xml version="1.0" encoding="${encoding}"?>\n<Message xmlns="${EXCHANGE_NAMESPACE}">\n${writeHeader(header, write)}  `,
    encoding,
  );
  const tail = encodeXmlText('\n</Message>\n', encoding);
  const size = head.length + body.length + tail.length;
  if (size > maxBytes) {
    throw exchangeError(
      'encodeExchangeMessage',
      'E_XML_TOO_LARGE',
      `the message is ${size} bytes, over the limit of ${maxBytes}`,
      {
        bytes: size,
        maxBytes,
      },
    );
  }
  const bytes = new Uint8Array(size);
  bytes.set(head, 0);
  bytes.set(body, head.length);
  bytes.set(tail, head.length + body.length);
  return bytes;
}

function writeHeader(header: ExchangeHeader, write: TextWriter): string {
  let xml = '  <Header>\n';
  for (const name of EXCHANGE_HEADER_ELEMENTS) {
    const value = header[name];
    if (value !== undefined) xml += `    <${name}>${write(String(value), name)}</${name}>\n`;
  }
  return `${xml}  </Header>\n`;
}

/** The content of Body at four spaces, and what `recordCount` must say about it. */
function writeBody(message: ExchangeMessage, write: TextWriter): { xml: string; count: number } {
  if (message.messageType === 'RECEIPT') {
    const receipt = exchangeReceiptSchema.safeParse(message.receipt);
    if (!receipt.success) {
      const issue = receipt.error.issues[0];
      throw argument(`receipt.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
    }
    return { xml: writeReceiptXml(receipt.data, write), count: receipt.data.results?.length ?? 0 };
  }
  const { records } = message;
  if (!Array.isArray(records) || records.length === 0)
    throw argument('records: a message carries 1–500 records');
  if (records.length > EXCHANGE_LIMITS.maxRecords) {
    throw exchangeError(
      'encodeExchangeMessage',
      'E_BATCH_TOO_LARGE',
      `${records.length} records; a message carries at most ${EXCHANGE_LIMITS.maxRecords} (split the batch)`,
      {
        count: records.length,
      },
    );
  }
  let xml = '';
  if (message.messageType === 'XYBG') {
    message.records.forEach((report, index) => {
      const checked = exchangeCreditReportSchema.safeParse(report);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        throw argument(`records[${index}].${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
      }
      xml += writeCreditReportXml(checked.data, index, write);
    });
    return { xml, count: records.length };
  }
  const { recordType } = EXCHANGE_RECORD_MESSAGES[message.messageType];
  const element = EXCHANGE_BODY_ELEMENTS[message.messageType];
  for (let index = 0; index < message.records.length; index += 1) {
    xml += writeRecordXml(recordType, element, message.records[index] as never, index, '    ', write);
  }
  return { xml, count: records.length };
}

function argument(message: string): Error {
  return exchangeError('encodeExchangeMessage', 'E_ARGUMENT', message);
}
