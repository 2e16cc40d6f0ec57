import type { RecordType } from '@credit-bridge/core';
import {
  createRowMapper,
  type DeadLetter,
  type MappingSpec,
  type SourceRow,
  toDeadLetter,
  validateMapped,
} from '@credit-bridge/sync';

/** What {@link validateRows} found: counts, each rejected row as a masked dead letter, unmapped headers. */
export interface RowsVerdict {
  readonly recordType: RecordType;
  readonly rows: number;
  readonly valid: number;
  readonly rejected: number;
  readonly rejects: DeadLetter[];
  /** Source columns that map to no field, with the reason. */
  readonly unmapped: { header: string; reason: string }[];
}

/**
 * Maps and validates every row of a source exactly as a sync would (the same mapper and core's
 * validation) without sending anything. Rejected rows become dead letters: field, rule, message and
 * the value masked.
 *
 * @example
 * const verdict = await validateRows(readCsv('处罚.csv'), { recordType: 'penalty' }, () => new Date().toISOString());
 */
export async function validateRows(
  rows: AsyncIterable<SourceRow>,
  spec: MappingSpec,
  now: () => string,
  signal?: AbortSignal,
): Promise<RowsVerdict> {
  const mapper = createRowMapper(spec);
  let count = 0;
  let valid = 0;
  const rejects: DeadLetter[] = [];
  for await (const row of rows) {
    signal?.throwIfAborted();
    count += 1;
    const mapped = mapper.map(row);
    const result = mapped.ok ? validateMapped(spec.recordType, mapped.record) : mapped;
    if (result.ok) {
      valid += 1;
      continue;
    }
    const record = mapped.ok ? mapped.record : undefined;
    const recordId = typeof record?.recordId === 'string' ? record.recordId : undefined;
    const subject = record?.subject as { category?: unknown } | undefined;
    rejects.push(
      toDeadLetter({
        row,
        recordType: spec.recordType,
        issues: result.issues,
        at: now(),
        organisation: subject?.category === 'legal_person',
        ...(recordId === undefined ? {} : { recordId }),
      }),
    );
  }
  return {
    recordType: spec.recordType,
    rows: count,
    valid,
    rejected: rejects.length,
    rejects,
    unmapped: mapper.unmappedHeaders().map(({ header, reason }) => ({ header, reason })),
  };
}
