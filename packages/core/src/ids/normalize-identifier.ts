// Full-width forms U+FF01–U+FF5E mirror ASCII U+0021–U+007E at a fixed distance; Chinese input
// methods produce them for digits and letters typed in full-width mode.
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const FULL_WIDTH_OFFSET = 0xfee0;
// `\s` covers ASCII spaces, NBSP, U+3000 ideographic space and the other Unicode spaces; the
// zero-width characters ride along with copy-paste from web pages and office documents.
const INVISIBLE = /[\s\u200B-\u200D\u2060]/g;
// GB 11714 writes an organisation code as `xxxxxxxx-X`; the hyphen is presentation only.
const HYPHENS = /[-\u2010-\u2015\u2212]/g;
const ASCII_LOWER = /[a-z]/g;
// Already in machine form: nothing for the replacements below to do (the common case, and 4× cheaper).
const MACHINE_FORM = /^[0-9A-Z]*$/;

/**
 * Brings a USCC, organisation code or identity number to its machine form: full-width digits and
 * letters become ASCII, all whitespace (including U+3000 and NBSP) and hyphens are removed, and ASCII
 * letters are upper-cased (a trailing `x` becomes `X`). Idempotent; other characters are left alone
 * so validation can still report them.
 *
 * @example
 * normalizeIdentifier('ｍ０００１００ｙ－４'); // 'M000100Y4'
 * normalizeIdentifier(' 11010519491231002x '); // '11010519491231002X'
 */
export function normalizeIdentifier(input: string): string {
  if (MACHINE_FORM.test(input)) return input;
  return input
    .replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(INVISIBLE, '')
    .replace(HYPHENS, '')
    .replace(ASCII_LOWER, (char) => char.toUpperCase());
}
