import type { ExchangeEncoding } from '../exchange-message.js';
import { exchangeError } from './exchange-error.js';

/** The encoding a message is read in, and where its text starts (after a byte-order mark). */
export interface DetectedEncoding {
  encoding: ExchangeEncoding;
  /** Bytes of a UTF-8 byte-order mark to skip: 0 or 3. */
  offset: number;
}

// XML 1.0 §2.8 and §4.3.3: the declaration is the first thing in the document.
const DECLARATION =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])([^"']*)\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])([^"']*)\3)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\5)?[ \t\r\n]*\?>/;

// GBK and GB2312 are subsets of GB18030, so reading them as GB18030 loses nothing (exchange-envelope.md, "Encodings").
const ENCODINGS: Readonly<Record<string, ExchangeEncoding>> = {
  'UTF-8': 'UTF-8',
  GB18030: 'GB18030',
  GBK: 'GB18030',
  GB2312: 'GB18030',
};

/**
 * Finds the encoding of a message (XML 1.0 Appendix F): a UTF-8 byte-order mark, else the declaration's
 * `encoding` (UTF-8 when absent). UTF-16 and UTF-32, with or without a mark, and any other declared
 * encoding are `E_XML_ENCODING`; a declaration that does not parse is `E_XML_MALFORMED`.
 */
export function detectXmlEncoding(bytes: Uint8Array): DetectedEncoding {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0xff && b1 === 0xfe) || b0 === 0x00 || b1 === 0x00) {
    throw unsupported('UTF-16 or UTF-32 (only UTF-8 and GB18030/GBK are read)');
  }
  const offset = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset + offset, Math.min(bytes.length - offset, 256));
  const text = head.toString('latin1');
  if (!text.startsWith('<?xml')) return { encoding: 'UTF-8', offset };
  const match = DECLARATION.exec(text);
  if (match === null) {
    throw exchangeError('decodeExchangeMessage', 'E_XML_MALFORMED', 'the XML declaration does not parse');
  }
  if (match[2] !== '1.0') {
    throw exchangeError('decodeExchangeMessage', 'E_XML_MALFORMED', `XML version '${match[2]}' is not 1.0`);
  }
  const declared = match[4];
  if (declared === undefined) return { encoding: 'UTF-8', offset };
  const encoding = ENCODINGS[declared.toUpperCase()];
  if (encoding === undefined) throw unsupported(`'${declared}'`);
  // §4.3.3: a byte-order mark and a declaration that disagree are a fatal error.
  if (offset === 3 && encoding !== 'UTF-8') throw unsupported(`'${declared}' after a UTF-8 byte-order mark`);
  return { encoding, offset };
}

function unsupported(what: string): Error {
  return exchangeError('decodeExchangeMessage', 'E_XML_ENCODING', `unsupported encoding ${what}`);
}
