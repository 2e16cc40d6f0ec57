import { exchangeError } from './exchange-error.js';
import { describeCharAt, findInvalidXmlChar } from './xml-chars.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters that need work.
const NEEDS_WORK = /[&<>\r\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ESCAPED = /[&<>\r]/g;
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

/**
 * Writes a value as element content: `&`, `<` and `>` escaped (so `]]>` never appears), CR as `&#13;`
 * because XML 1.0 §2.11 would turn a raw CR or CRLF into LF on the way in. Throws `E_XML_CHAR`, naming
 * `field`, for a character XML 1.0 cannot carry rather than dropping it.
 */
export function writeXmlText(value: string, field: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  const bad = findInvalidXmlChar(value);
  if (bad !== -1) {
    throw exchangeError(
      'encodeExchangeMessage',
      'E_XML_CHAR',
      `${field}: character ${describeCharAt(value, bad)} at position ${bad} cannot be carried by XML 1.0`,
      { field, position: bad, char: describeCharAt(value, bad) },
    );
  }
  return value.replace(ESCAPED, (char) => ESCAPES[char] ?? char);
}
