import type { RecordOf } from '../../model/record-schemas.js';
import type { EncodeExchangeOptions } from './encode-exchange-message.js';
import type { ExchangeEncoding } from './exchange-message.js';
import {
  EXCHANGE_BODY_ELEMENTS,
  EXCHANGE_RECORD_MESSAGES,
  type RecordMessageType,
  type RecordTypeOf,
} from './exchange-message-type.js';
import { exchangeError } from './internal/exchange-error.js';
import { createTextWriter } from './internal/text-writer.js';
import { writeRecordXml } from './internal/write-record-xml.js';
import { encodeXmlText } from './internal/xml-text-codec.js';

/**
 * The bytes one record adds to a message of `messageType` in `encoding` (default UTF-8): its element
 * exactly as `encodeExchangeMessage` writes it into the Body, so a batcher can sum records against the
 * size limit without encoding a message per record. Throws what encoding the record would throw
 * (`E_WIRE_VALUE`, `E_XML_CHAR`, naming `records[0]`).
 *
 * @example
 * const bytes = measureExchangeRecord('XZCF', penalty); // e.g. 1874
 */
export function measureExchangeRecord<M extends RecordMessageType>(
  messageType: M,
  record: RecordOf<RecordTypeOf<M>>,
  options: Pick<EncodeExchangeOptions, 'encoding'> = {},
): number {
  const encoding: ExchangeEncoding = options.encoding ?? 'UTF-8';
  if (encoding !== 'UTF-8' && encoding !== 'GB18030') {
    throw exchangeError('measureExchangeRecord', 'E_ARGUMENT', 'options: encoding must be UTF-8 or GB18030');
  }
  const { recordType } = EXCHANGE_RECORD_MESSAGES[messageType];
  const xml = writeRecordXml(
    recordType,
    EXCHANGE_BODY_ELEMENTS[messageType],
    record as never,
    0,
    '    ',
    createTextWriter(encoding),
  );
  // Both encodings are stateless, so a message's size is the sum of its parts' encoded sizes.
  return encodeXmlText(xml, encoding).length;
}
