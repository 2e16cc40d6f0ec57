import iconv from 'iconv-lite';
import type { ExchangeEncoding } from '../exchange-message.js';
import type { DetectedEncoding } from './detect-xml-encoding.js';
import { exchangeError } from './exchange-error.js';
import { formatCodePoint } from './xml-chars.js';

// `fatal`: bytes that do not decode are an error (E_XML_MALFORMED), never U+FFFD.
const DECODERS: Readonly<Record<ExchangeEncoding, { decode(input: Uint8Array): string }>> = {
  'UTF-8': new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }),
  GB18030: new TextDecoder('gb18030', { fatal: true, ignoreBOM: true }),
};
const UTF8 = new TextEncoder();

// Private-use code points that iconv-lite writes with GB18030-2005 two-byte codes which the WHATWG
// decoder (ICU, and every browser) reads as the GB18030-2022 characters: they would not come back.
const AMBIGUOUS_IN_GB18030 = /[\uE5E5\uE78D-\uE796\uE81E\uE826\uE82B\uE82C\uE832\uE843\uE854\uE864]/;

/** The text of a message's bytes in the detected encoding; `E_XML_MALFORMED` for bytes that do not decode. */
export function decodeXmlBytes(bytes: Uint8Array, detected: DetectedEncoding): string {
  try {
    return DECODERS[detected.encoding].decode(bytes.subarray(detected.offset));
  } catch (cause) {
    throw exchangeError(
      'decodeExchangeMessage',
      'E_XML_MALFORMED',
      `the bytes are not valid ${detected.encoding}`,
      { encoding: detected.encoding, cause: String(cause) },
    );
  }
}

/** The bytes of `text` in `encoding`. */
export function encodeXmlText(text: string, encoding: ExchangeEncoding): Uint8Array {
  return encoding === 'UTF-8' ? UTF8.encode(text) : iconv.encode(text, 'gb18030');
}

/**
 * Throws `E_XML_CHAR`, naming `field`, for a value GB18030 cannot carry so that it reads back the same
 * (see {@link AMBIGUOUS_IN_GB18030}).
 */
export function checkGb18030Value(value: string, field: string): void {
  const match = AMBIGUOUS_IN_GB18030.exec(value);
  if (match === null) return;
  const char = formatCodePoint(match[0].codePointAt(0) ?? 0);
  throw exchangeError(
    'encodeExchangeMessage',
    'E_XML_CHAR',
    `${field}: private-use character ${char} reads back differently in GB18030; send the message in UTF-8`,
    { field, position: match.index, char },
  );
}
