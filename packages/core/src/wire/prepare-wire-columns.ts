import type { RecordType } from '../model/record-type.js';
import { isBlankWireValue } from './internal/decode-wire-value.js';
import { beginWireRow, createWireSlots, fillWireSlots, takeRecord } from './internal/wire-slots.js';
import { columnHits, type WireColumnHit } from './internal/wire-table.js';
import { WIRE_TABLES } from './internal/wire-tables.js';

/** Reads rows whose values come in the order of the columns it was prepared for. */
export interface WireColumnsReader {
  /** The columns, as prepared. */
  readonly columns: readonly string[];
  /**
   * The record a row of values reads as: `values[i]` is the cell of `columns[i]`; `undefined`, `null`
   * and blank text are absent, as in `fromWireRecord`.
   */
  read(values: readonly unknown[]): Record<string, unknown>;
}

/**
 * Prepares `fromWireRecord` for rows that share their columns (a file's header row): each column is
 * matched to its fields once, so a row is read from its values without a name lookup per cell. For
 * distinct columns, `read(values)` equals `fromWireRecord(type, row)` of the row those columns and
 * values make; a column listed twice is read at both places, the later non-blank value winning.
 *
 * @example
 * const reader = prepareWireColumns('penalty', ['CF_WSH', 'CF_XDR_MC', '序号']);
 * reader.read(['汉南市监罚〔2026〕1号', '武汉示例科技有限公司', '1']);
 * // { subject: { name: '武汉示例科技有限公司' }, decisionNo: '汉南市监罚〔2026〕1号' }
 */
export function prepareWireColumns(type: RecordType, columns: readonly string[]): WireColumnsReader {
  const table = WIRE_TABLES[type];
  const prepared = [...columns];
  const hitsByColumn: (readonly WireColumnHit[] | undefined)[] = prepared.map((column) =>
    columnHits(table, column),
  );
  const slots = createWireSlots(table);
  return {
    columns: prepared,
    read(values) {
      beginWireRow(slots);
      for (let column = 0; column < hitsByColumn.length; column += 1) {
        const hits = hitsByColumn[column];
        if (hits === undefined) continue;
        const value = values[column];
        if (!isBlankWireValue(value)) fillWireSlots(slots, hits, value);
      }
      return takeRecord(table, slots);
    },
  };
}
