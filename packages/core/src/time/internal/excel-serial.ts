import { daysFromCivil } from './civil-days.js';

/** Largest serial Excel's 1900 date system accepts: 9999-12-31. */
export const MAX_EXCEL_SERIAL = 2958465;

// Excel's 1900 system counts 1900-01-01 as serial 1 and keeps Lotus 1-2-3's phantom 1900-02-29 as
// serial 60, so from serial 61 (1900-03-01) on, serial n is n days after 1899-12-30.
const DAY_ZERO_AFTER_BUG = daysFromCivil({ year: 1899, month: 12, day: 30 });
const DAY_ZERO_BEFORE_BUG = daysFromCivil({ year: 1899, month: 12, day: 31 });
const PHANTOM_LEAP_DAY = 60;

/**
 * Days since 1970-01-01 of an Excel serial, ignoring a time-of-day fraction; undefined for serials
 * that name no day (below 1, 60, above {@link MAX_EXCEL_SERIAL}).
 */
export function excelSerialToDays(serial: number): number | undefined {
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_EXCEL_SERIAL || whole === PHANTOM_LEAP_DAY) return undefined;
  return whole < PHANTOM_LEAP_DAY ? DAY_ZERO_BEFORE_BUG + whole : DAY_ZERO_AFTER_BUG + whole;
}
