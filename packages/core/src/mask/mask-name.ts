/**
 * Masks a person's name, keeping the surname as is customary (`张*`, `张*丰`, `欧阳**`).
 * Latin names keep their first letter of each word.
 *
 * @example
 * maskName('张三丰'); // '张*丰'
 */
export function maskName(value: string): string {
  const chars = Array.from(value.trim());
  if (chars.length === 0) return '';
  if (/^[\p{Script=Latin}\s.'-]+$/u.test(value)) {
    return value
      .trim()
      .split(/\s+/)
      .map((word) => `${word.slice(0, 1)}${'*'.repeat(Math.max(word.length - 1, 1))}`)
      .join(' ');
  }
  if (chars.length === 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
