import type { CalendarDate } from '../time/index.js';

/**
 * The day the record generators treat as today unless told otherwise, fixed so that generated data
 * is the same on every run. Generated dates are never after it.
 */
export const SYNTHETIC_TODAY: CalendarDate = '2026-06-30';

/** Options of the single-record generators (`generatePenaltyRecord` and its siblings). */
export interface GenerateRecordOptions {
  /** Dates are drawn before or on this day; default {@link SYNTHETIC_TODAY}. */
  today?: CalendarDate | undefined;
  /**
   * The record's number within a batch, written into `recordId` (`CF-420113-000001`); default a random
   * six-digit number. Batch generators pass 1, 2, 3 … so ids are unique within a batch.
   */
  sequence?: number | undefined;
}
