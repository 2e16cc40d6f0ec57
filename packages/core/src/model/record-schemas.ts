import type { z } from 'zod';
import { blacklistEntrySchema } from './blacklist-entry.js';
import { licenseRecordSchema } from './license-record.js';
import { penaltyRecordSchema } from './penalty-record.js';
import type { RecordType } from './record-type.js';
import { repairRecordSchema } from './repair-record.js';

/**
 * The zod schema of each record type, for code that works over all of them (wire codecs, validation,
 * the mock platforms).
 *
 * @example
 * RECORD_SCHEMAS.penalty.safeParse(input).success;
 */
export const RECORD_SCHEMAS = {
  penalty: penaltyRecordSchema,
  license: licenseRecordSchema,
  blacklist: blacklistEntrySchema,
  repair: repairRecordSchema,
} as const satisfies Record<RecordType, z.ZodType>;

/** The record type `T` stands for: `RecordOf<'penalty'>` is `PenaltyRecord`. */
export type RecordOf<T extends RecordType> = z.infer<(typeof RECORD_SCHEMAS)[T]>;

/** Any record, of any type. */
export type AnyRecord = RecordOf<RecordType>;
