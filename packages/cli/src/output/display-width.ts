// East Asian wide and full-width ranges (UAX #11): CJK, Hangul, kana, full-width forms, CJK punctuation.
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
// Control sequences take no columns.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g');

/**
 * How many terminal columns a text takes: a Chinese character takes two, an ANSI colour code none.
 *
 * @example
 * displayWidth('罚款 ok'); // 7
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ANSI, '')) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/**
 * Pads a text with spaces to a display width (see {@link displayWidth}); `align: 'right'` pads on the left.
 *
 * @example
 * padDisplay('罚款', 6); // '罚款  '
 */
export function padDisplay(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const padding = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + padding : padding + text;
}
