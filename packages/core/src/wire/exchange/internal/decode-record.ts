import { RECORD_SCHEMAS, type RecordOf } from '../../../model/record-schemas.js';
import { RECORD_TYPES, type RecordType } from '../../../model/record-type.js';
import { fromWireRecord } from '../../from-wire-record.js';
import { WIRE_FIELDS } from '../../wire-fields.js';
import type { DecodedRecord } from '../exchange-message.js';
import { collectIssues, type FieldAt, fieldAtIn } from './collect-issues.js';
import type { XmlNode } from './exchange-xml-parser.js';
import { type RecordXml, readRecordXml } from './read-record-xml.js';

/** The wire names each record type's element may hold (the XSD's `xs:all` of the record type). */
export const RECORD_COLUMNS = Object.fromEntries(
  RECORD_TYPES.map((type) => [type, new Set(WIRE_FIELDS[type].map((field) => field.wire))]),
) as unknown as Readonly<Record<RecordType, ReadonlySet<string>>>;

const FIELD_AT = Object.fromEntries(
  RECORD_TYPES.map((type) => [type, fieldAtIn(WIRE_FIELDS[type])]),
) as Readonly<Record<RecordType, FieldAt>>;

/** Reads a record element's raw content (a parser stop node) into a wire row and its problems. */
export function readRecordNode(type: RecordType, node: XmlNode): RecordXml {
  // A record element is a stop node, so the parser gives its content as a string.
  return readRecordXml(typeof node === 'string' ? node : '', RECORD_COLUMNS[type]);
}

/**
 * Decodes one record element: wire row → `fromWireRecord` → the record's zod schema. Never throws for
 * bad data: an invalid record comes back `ok: false` with its issues, so the others go on.
 */
export function decodeRecord<T extends RecordType>(
  type: T,
  node: XmlNode,
  index: number,
): DecodedRecord<RecordOf<T>> {
  const xml = readRecordNode(type, node);
  const input = fromWireRecord(type, xml.row);
  const parsed = RECORD_SCHEMAS[type].safeParse(input);
  const recordId = xml.row.RECORD_ID ?? '';
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
