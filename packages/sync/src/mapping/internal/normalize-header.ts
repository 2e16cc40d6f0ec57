const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]/g;

/**
 * A header as titles are compared: full-width forms as ASCII (`（万元）` → `(万元)`), no whitespace,
 * no leading required-marker `*`, Latin letters upper-cased.
 */
export function normalizeHeader(header: string): string {
  return header
    .replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(INVISIBLE, '')
    .replace(/^\*+/, '')
    .replace(/【/g, '(')
    .replace(/】/g, ')')
    .toUpperCase();
}

/** A normalised header split into its base and a trailing parenthesised part: `罚款金额(元)` → [`罚款金额`, `元`]. */
export function splitSuffix(normalized: string): [string, string | undefined] {
  const match = /^(.+?)\(([^()]*)\)$/.exec(normalized);
  return match === null ? [normalized, undefined] : [match[1] as string, match[2] as string];
}
