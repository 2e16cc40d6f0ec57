import { RECORD_SCHEMAS, type RecordOf } from '../../../model/record-schemas.js';
import { RECORD_TYPES, type RecordType } from '../../../model/record-type.js';
import { WIRE_FIELDS } from '../../wire-fields.js';
import type { DecodedRecord } from '../exchange-message.js';
import { EXCHANGE_RECORD_MESSAGES } from '../exchange-message-type.js';
import { collectIssues, type FieldAt, fieldAtIn } from './collect-issues.js';
import { decodeWireRow, RECORD_ROW_READERS } from './decode-wire-row.js';
import { type RecordXml, readRecordXml } from './read-record-xml.js';
import type { FlatRecordColumns } from './scan-flat-record.js';

const FIELD_AT = Object.fromEntries(
  RECORD_TYPES.map((type) => [type, fieldAtIn(WIRE_FIELDS[type])]),
) as Readonly<Record<RecordType, FieldAt>>;

/** The columns of each record element (`PenaltyRecord` …), for the scan to read records as it checks them. */
export const RECORD_ELEMENT_COLUMNS: ReadonlyMap<string, FlatRecordColumns> = new Map(
  Object.values(EXCHANGE_RECORD_MESSAGES).map(({ recordType, element }) => [
    element,
    RECORD_ROW_READERS[recordType],
  ]),
);

/** Reads the content `text[from, to)` of a record element of `type` into column values and problems. */
export function readRecordRange(type: RecordType, text: string, from: number, to: number): RecordXml {
  return readRecordXml(text, from, to, RECORD_ROW_READERS[type].columns);
}

/** The domain-shaped input of a record's column values (see `decodeWireRow`). */
export function recordInput(type: RecordType, xml: RecordXml): Record<string, unknown> {
  return decodeWireRow(RECORD_ROW_READERS[type], xml.values);
}

/**
 * Decodes one record element, its content `text[from, to)` or its column values already read by the
 * scan: column values → the wire codecs → the record's zod schema. Never throws for bad data: an
 * invalid record comes back `ok: false` with its issues, so the others go on.
 */
export function decodeRecord<T extends RecordType>(
  type: T,
  text: string,
  child: { contentStart: number; contentEnd: number; values?: (string | undefined)[] },
  index: number,
): DecodedRecord<RecordOf<T>> {
  const xml =
    child.values === undefined
      ? readRecordRange(type, text, child.contentStart, child.contentEnd)
      : { values: child.values, problems: [] };
  const input = recordInput(type, xml);
  const parsed = RECORD_SCHEMAS[type].safeParse(input);
  const recordId = xml.values[RECORD_ROW_READERS[type].columns.get('RECORD_ID') ?? -1] ?? '';
  if (parsed.success && xml.problems.length === 0) {
    return { index, recordId, ok: true, value: parsed.data as RecordOf<T> };
  }
  const zodIssues = parsed.success ? [] : parsed.error.issues;
  return {
    index,
    recordId,
    ok: false,
    issues: collectIssues(input, xml.problems, zodIssues, FIELD_AT[type]),
    input,
  };
}

/** The field a path into a record of `type` belongs to. */
export function recordFieldAt(type: RecordType): FieldAt {
  return FIELD_AT[type];
}
