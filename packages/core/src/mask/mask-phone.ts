/**
 * Masks a phone number, keeping the first 3 and last 4 digits of a mobile number (`138****1234`).
 *
 * @example
 * maskPhone('13800001234'); // '138****1234'
 */
export function maskPhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(value.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}
