import { CreditBridgeError } from '../../errors/credit-bridge-error.js';
import { type CalendarDate, isCalendarDate } from '../../time/index.js';
import type { Random } from '../create-random.js';
import { type GenerateRecordOptions, SYNTHETIC_TODAY } from '../synthetic-today.js';

/** {@link GenerateRecordOptions} with defaults applied. */
export interface ResolvedRecordOptions {
  today: CalendarDate;
  sequence: number;
}

/** Applies the defaults once and rejects a `today` or `sequence` that cannot be used. */
export function resolveRecordOptions(
  operation: string,
  random: Random,
  options: GenerateRecordOptions,
): ResolvedRecordOptions {
  const today = options.today ?? SYNTHETIC_TODAY;
  if (!isCalendarDate(today)) {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: `[${operation}] today must be a YYYY-MM-DD calendar date, got ${JSON.stringify(today)}`,
    });
  }
  const sequence = options.sequence ?? random.int(1, 999_999);
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: `[${operation}] sequence must be a positive integer, got ${String(sequence)}`,
    });
  }
  return { today, sequence };
}

/** `PREFIX-REGION-NNNNNN`, e.g. `CF-420113-000001`. */
export function syntheticRecordId(prefix: string, regionCode: string, sequence: number): string {
  return `${prefix}-${regionCode}-${String(sequence).padStart(6, '0')}`;
}
