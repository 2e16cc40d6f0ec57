import { civilFromDays, type Ymd } from './civil-days.js';

// Asia/Shanghai has kept UTC+8 without daylight saving since 1991; the toolkit applies the fixed offset to
// every instant so results never depend on the machine's TZ.
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** Milliseconds since the epoch of a number or Date, or undefined when it is not a usable instant. */
export function instantMs(instant: number | Date): number | undefined {
  const ms = instant instanceof Date ? instant.getTime() : instant;
  // ±8.64e15 ms is the range ECMAScript Dates can hold (ECMA-262 §21.4.1.22).
  return typeof ms === 'number' && Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? ms : undefined;
}

/** Days since 1970-01-01 of the Shanghai calendar day containing the instant. */
export function shanghaiDays(ms: number): number {
  return Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS);
}

export function shanghaiYmd(ms: number): Ymd {
  return civilFromDays(shanghaiDays(ms));
}
