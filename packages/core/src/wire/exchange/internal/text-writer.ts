import { isCreditBridgeError } from '../../../errors/credit-bridge-error.js';
import type { ExchangeEncoding } from '../exchange-message.js';
import { exchangeError } from './exchange-error.js';
import { writeXmlText } from './write-xml-text.js';
import { checkGb18030Value } from './xml-text-codec.js';

/** Writes one value as element content; `field` and `index` name it in errors. */
export type TextWriter = (value: string, field: string, index?: number) => string;

/** A {@link TextWriter} for the output encoding: XML escaping, plus GB18030's round-trip check. */
export function createTextWriter(encoding: ExchangeEncoding): TextWriter {
  const where = (field: string, index: number | undefined): string =>
    index === undefined ? field : `records[${index}].${field}`;
  return (value, field, index) => {
    try {
      if (encoding === 'GB18030') checkGb18030Value(value, field);
      return writeXmlText(value, field);
    } catch (error) {
      if (index === undefined) throw error;
      throw exchangeError(
        'encodeExchangeMessage',
        'E_XML_CHAR',
        `${where(field, index)}: ${messageOf(error)}`,
        {
          ...(isCreditBridgeError(error) ? error.details : {}),
          field,
          index,
        },
      );
    }
  };
}

/** Text that must not be blank: the schema's `Text` and the contract's "no empty element" rule. */
export function writeNonBlank(write: TextWriter, value: string, field: string, index?: number): string {
  if (value.trim() === '') {
    const where = index === undefined ? field : `records[${index}].${field}`;
    throw exchangeError(
      'encodeExchangeMessage',
      'E_WIRE_VALUE',
      `${where} is blank; leave an absent field out`,
      {
        field,
        ...(index === undefined ? {} : { index }),
      },
    );
  }
  return write(value, field, index);
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^\[encodeExchangeMessage\] [^:]*: /, '');
}
