// XML 1.0 §2.2: Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const INVALID_CHAR =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the C0 controls XML forbids is the point.
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Text from a fatal TextDecoder has no lone surrogates, so decoded messages need only this.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the C0 controls XML forbids is the point.
const INVALID_DECODED_CHAR = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

/** The index of the first character XML 1.0 cannot carry in text decoded from bytes, or -1. */
export function findInvalidDecodedChar(text: string): number {
  const match = INVALID_DECODED_CHAR.exec(text);
  return match === null ? -1 : match.index;
}

/** The index of the first character XML 1.0 cannot carry, or -1. */
export function findInvalidXmlChar(text: string): number {
  const match = INVALID_CHAR.exec(text);
  return match === null ? -1 : match.index;
}

/** True when a code point is an XML 1.0 `Char` (what a character reference may name). */
export function isXmlCodePoint(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

/** `U+0001` for the code unit (or pair) at `index`. */
export function describeCharAt(text: string, index: number): string {
  return formatCodePoint(text.codePointAt(index) ?? 0);
}

/** `U+FFFE` for a code point. */
export function formatCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}
