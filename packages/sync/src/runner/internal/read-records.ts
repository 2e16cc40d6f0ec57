import type { AnyRecord, CalendarDate, RecordType } from '@credit-bridge/core';
import type { DeadLetter } from '../../dead-letter/dead-letter.js';
import { toDeadLetter } from '../../dead-letter/to-dead-letter.js';
import { type DedupeKey, dedupeKey } from '../../dedupe/dedupe-key.js';
import type { RowMapper } from '../../mapping/create-row-mapper.js';
import { validateMapped } from '../../mapping/validate-mapped.js';
import type { Source } from '../../sources/source-row.js';

/** A row that became a valid record, with its dedupe key. */
export interface ReadRecord {
  readonly kind: 'record';
  readonly position: number;
  readonly source: string;
  readonly record: AnyRecord;
  readonly key: DedupeKey;
}

/** A row that could not be read, mapped or validated, as its dead letter. */
export interface ReadReject {
  readonly kind: 'reject';
  readonly position: number;
  readonly letter: DeadLetter;
}

/** What reading a source yields, in row order. */
export type ReadItem = ReadRecord | ReadReject;

/** What {@link readRecords} needs. */
export interface ReadRecordsOptions {
  readonly rows: Source;
  readonly recordType: RecordType;
  readonly mapper: RowMapper;
  /** The day validation judges dates by. */
  readonly today: CalendarDate;
  /** Rows up to this number are settled everywhere: counted in `tally.resumed`, never mapped. */
  readonly skipThrough: number;
  /** ISO timestamp for dead letters. */
  readonly now: () => string;
  /** Counts rows as they are read. */
  readonly tally: { read: number; resumed: number };
}

/**
 * Reads a source row by row: a row already settled (up to `skipThrough`) is counted and dropped; every
 * other row is mapped, validated through core and given its dedupe key, or turned into its dead letter
 * (source, row number, field, rule, masked value). Lazy, so memory holds one row.
 *
 * @example
 * for await (const item of readRecords({ rows, recordType: 'penalty', mapper, today, skipThrough: 0, now, tally })) …
 */
export async function* readRecords(options: ReadRecordsOptions): AsyncGenerator<ReadItem> {
  const { recordType, mapper, today, tally } = options;
  for await (const row of options.rows) {
    if (row.rowNumber <= options.skipThrough) {
      tally.resumed += 1;
      continue;
    }
    tally.read += 1;
    const mapped = mapper.map(row);
    if (!mapped.ok) {
      yield reject(row, recordType, mapped.issues, undefined, options.now());
      continue;
    }
    const validated = validateMapped(recordType, mapped.record, { today });
    if (!validated.ok) {
      yield reject(row, recordType, validated.issues, mapped.record, options.now());
      continue;
    }
    const record = validated.value as AnyRecord;
    yield {
      kind: 'record',
      position: row.rowNumber,
      source: row.source,
      record,
      key: dedupeKey(recordType, record),
    };
  }
}

function reject(
  row: { source: string; rowNumber: number },
  recordType: RecordType,
  issues: Parameters<typeof toDeadLetter>[0]['issues'],
  record: Record<string, unknown> | undefined,
  at: string,
): ReadReject {
  const recordId =
    typeof record?.recordId === 'string' && record.recordId !== '' ? record.recordId : undefined;
  const subject = record?.subject as { category?: unknown } | undefined;
  const organisation = subject?.category !== undefined && subject.category !== 'natural_person';
  return {
    kind: 'reject',
    position: row.rowNumber,
    letter: toDeadLetter({
      row,
      recordType,
      issues,
      organisation,
      at,
      ...(recordId === undefined ? {} : { recordId }),
    }),
  };
}
