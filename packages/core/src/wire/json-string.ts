// What JSON.stringify escapes in a string (quote, backslash, control characters, lone surrogates); a
// pair of surrogates is matched too and simply takes the slow path.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the C0 controls JSON escapes are the point.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * `JSON.stringify(text)`, the same text character for character, for the writers that build JSON by
 * hand once per record (the wire JSON, the canonical JSON of content hashes): a string JSON would not
 * escape is only quoted, not copied.
 *
 * @example
 * jsonString('武汉'); // '"武汉"'
 * jsonString('a"b'); // '"a\\"b"'
 */
export function jsonString(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}
