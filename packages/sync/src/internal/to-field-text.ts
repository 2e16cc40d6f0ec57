import { toShanghaiTimestamp } from '@credit-bridge/core';

/** A value as field text, or why it cannot become text without losing something. */
export type FieldTextResult = { ok: true; text: string | undefined } | { ok: false; reason: string };

/**
 * Turns a value from a database row or an object into field text: strings as they are; safe integers
 * and other finite numbers in their shortest decimal form; bigints in full; booleans as words; a
 * Date as `YYYY-MM-DD` when it is midnight in Asia/Shanghai, else an ISO timestamp with `+08:00`;
 * null and undefined as absent; arrays and plain objects as JSON. An integer beyond 2^53 already lost
 * digits before it reached us (an identity number read as a number), so it is refused, not guessed.
 */
export function toFieldText(value: unknown): FieldTextResult {
  if (value === null || value === undefined) return { ok: true, text: undefined };
  switch (typeof value) {
    case 'string':
      return { ok: true, text: value };
    case 'bigint':
    case 'boolean':
      return { ok: true, text: String(value) };
    case 'number':
      if (!Number.isFinite(value)) return { ok: false, reason: `${value} is not a finite number` };
      if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
        return { ok: false, reason: 'an integer beyond 2^53 has already lost digits; read it as text' };
      }
      return { ok: true, text: String(value) };
    case 'object':
      if (value instanceof Date) return dateText(value);
      if (value instanceof Uint8Array) return { ok: false, reason: 'binary data is not text' };
      return {
        ok: true,
        text: JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v)),
      };
    default:
      return { ok: false, reason: `a ${typeof value} is not a value` };
  }
}

function dateText(value: Date): FieldTextResult {
  const year = value.getUTCFullYear();
  if (Number.isNaN(year) || year < 1 || year > 9999)
    return { ok: false, reason: 'a Date outside years 0001–9999' };
  const timestamp = toShanghaiTimestamp(value);
  return { ok: true, text: timestamp.slice(11, 23) === '00:00:00.000' ? timestamp.slice(0, 10) : timestamp };
}
