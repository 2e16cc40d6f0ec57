import { CreditBridgeError, isCreditBridgeError } from '../../../errors/credit-bridge-error.js';
import type { RecordOf } from '../../../model/record-schemas.js';
import type { RecordType } from '../../../model/record-type.js';
import { toWireRecord, type WireRow } from '../../to-wire-record.js';
import { type TextWriter, writeNonBlank } from './text-writer.js';

/**
 * Writes one record as `<element>` with a child per column, in wire-table order, at `indent`; the
 * columns come from `toWireRecord`, so a value that cannot be written is `E_WIRE_VALUE` naming the
 * record.
 */
export function writeRecordXml<T extends RecordType>(
  type: T,
  element: string,
  record: RecordOf<T>,
  index: number,
  indent: string,
  write: TextWriter,
): string {
  let row: WireRow;
  try {
    row = toWireRecord(type, record);
  } catch (error) {
    if (!isCreditBridgeError(error)) throw error;
    throw new CreditBridgeError({
      code: error.code,
      message: `[encodeExchangeMessage] records[${index}]: ${error.message}`,
      details: { ...error.details, index },
      cause: error,
    });
  }
  return writeRowXml(element, row, index, indent, write);
}

/** Writes a wire row as an element with one child per column, at `indent`. */
export function writeRowXml(
  element: string,
  row: WireRow,
  index: number,
  indent: string,
  write: TextWriter,
): string {
  const inner = `${indent}  `;
  let xml = `${indent}<${element}>\n`;
  for (const wire in row) {
    xml += `${inner}<${wire}>${writeNonBlank(write, row[wire] ?? '', wire, index)}</${wire}>\n`;
  }
  return `${xml}${indent}</${element}>\n`;
}
