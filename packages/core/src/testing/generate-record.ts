import type { RecordOf } from '../model/record-schemas.js';
import type { RecordType } from '../model/record-type.js';
import type { Random } from './create-random.js';
import { generateBlacklistEntry } from './generate-blacklist-entry.js';
import { generateLicenseRecord } from './generate-license-record.js';
import { generatePenaltyRecord } from './generate-penalty-record.js';
import { generateRepairRecord } from './generate-repair-record.js';
import type { GenerateRecordOptions } from './synthetic-today.js';

/**
 * Generates one synthetic, valid record of `type` by dispatching to `generatePenaltyRecord`,
 * `generateLicenseRecord`, `generateBlacklistEntry` or `generateRepairRecord`; `overrides` and `options`
 * mean what they mean there.
 *
 * @example
 * const license = generateRecord('license', createRandom(5), { status: 'valid' });
 */
export function generateRecord<T extends RecordType>(
  type: T,
  random: Random,
  overrides: Partial<RecordOf<T>> = {},
  options: GenerateRecordOptions = {},
): RecordOf<T> {
  // The casts restate what the switch proves: `type` fixes T, so the overrides belong to that record type.
  switch (type as RecordType) {
    case 'penalty':
      return generatePenaltyRecord(random, overrides as Partial<RecordOf<'penalty'>>, options) as RecordOf<T>;
    case 'license':
      return generateLicenseRecord(random, overrides as Partial<RecordOf<'license'>>, options) as RecordOf<T>;
    case 'blacklist':
      return generateBlacklistEntry(
        random,
        overrides as Partial<RecordOf<'blacklist'>>,
        options,
      ) as RecordOf<T>;
    case 'repair':
      return generateRepairRecord(random, overrides as Partial<RecordOf<'repair'>>, options) as RecordOf<T>;
  }
}
