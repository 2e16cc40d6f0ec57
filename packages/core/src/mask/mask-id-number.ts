/** How much of an identity number stays readable. */
export type IdMaskStyle = '3-4' | '6-4';

/**
 * Masks an identity number for display, logs and reports: the first 3 and last 4 characters stay
 * (`420***********123X`), or the first 6 and last 4 with `style: '6-4'`. Short inputs keep less.
 *
 * @example
 * maskIdNumber('11010519491231002X'); // '110***********002X'
 */
export function maskIdNumber(value: string, options: { style?: IdMaskStyle } = {}): string {
  const head = options.style === '6-4' ? 6 : 3;
  const tail = 4;
  if (value.length <= tail) return '*'.repeat(value.length);
  if (value.length < head + tail + 4) return `${'*'.repeat(value.length - 2)}${value.slice(-2)}`;
  return `${value.slice(0, head)}${'*'.repeat(value.length - head - tail)}${value.slice(-tail)}`;
}
