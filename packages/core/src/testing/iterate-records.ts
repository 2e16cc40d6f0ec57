import { CreditBridgeError } from '../errors/credit-bridge-error.js';
import type { RecordOf } from '../model/record-schemas.js';
import { isRecordType, RECORD_TYPES, type RecordType } from '../model/record-type.js';
import type { CalendarDate } from '../time/index.js';
import { createRandom } from './create-random.js';
import { generateRecord } from './generate-record.js';

/** Options of {@link iterateRecords} and `generateRecords`. */
export interface GenerateRecordsOptions {
  /** The same seed yields the same records, in the same order. */
  seed: number;
  /** How many records; a non-negative integer. */
  count: number;
  /** Dates are drawn before or on this day; default `SYNTHETIC_TODAY`. */
  today?: CalendarDate | undefined;
}

/**
 * Lazily yields `count` synthetic, valid records of `type` from one seeded random sequence, numbered
 * 1…count in their ids (`CF-420113-000001`, …). Nothing is kept between records, so large counts cost
 * no memory; `generateRecords` collects the same records into an array. Throws `CreditBridgeError`
 * `E_ARGUMENT` for an unknown type, a seed that is not finite or a bad count.
 *
 * @example
 * for (const penalty of iterateRecords('penalty', { seed: 7, count: 100_000 })) sink.push(penalty);
 */
export function* iterateRecords<T extends RecordType>(
  type: T,
  options: GenerateRecordsOptions,
): Generator<RecordOf<T>, void, undefined> {
  checkRecordsOptions('iterateRecords', type, options);
  // Each type gets its own sequence from one seed, so a penalty batch and a licence batch of the same
  // seed do not share their subjects.
  const random = createRandom((options.seed >>> 0) ^ Math.imul(RECORD_TYPES.indexOf(type) + 1, 0x9e3779b9));
  for (let sequence = 1; sequence <= options.count; sequence++) {
    yield generateRecord(type, random, {}, { today: options.today, sequence });
  }
}

/** Throws `E_ARGUMENT` for options the batch generators cannot use. */
export function checkRecordsOptions(operation: string, type: unknown, options: GenerateRecordsOptions): void {
  const problem = !isRecordType(type)
    ? `unknown record type ${JSON.stringify(type)}`
    : !Number.isFinite(options.seed)
      ? 'seed must be a finite number'
      : !Number.isSafeInteger(options.count) || options.count < 0
        ? `count must be a non-negative integer, got ${String(options.count)}`
        : undefined;
  if (problem !== undefined) {
    throw new CreditBridgeError({ code: 'E_ARGUMENT', message: `[${operation}] ${problem}` });
  }
}
