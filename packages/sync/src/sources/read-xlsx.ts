import { basename } from 'node:path';
import { CreditBridgeError, isCreditBridgeError } from '@credit-bridge/core';
import type ExcelJS from 'exceljs';
import { cellText } from '../internal/cell-text.js';
import { headerKeys, isBlankRow, zipRow } from '../internal/header-keys.js';
import type { SourceRow } from './source-row.js';

/** Options of {@link readXlsx}. */
export interface ReadXlsxOptions {
  /** The worksheet: its tab name, or its 1-based position; default the first. */
  sheet?: string | number;
  /** The Excel row number of the header; rows above it (titles) are skipped; default 1. */
  headerRow?: number;
  /** The label rows carry; default the file name. */
  source?: string;
}

/**
 * Streams one worksheet of an `.xlsx` workbook as {@link SourceRow}s, with ExcelJS's streaming reader
 * (rows are read as the file is unzipped, never the whole sheet at once). Every cell arrives as the
 * text Excel shows: dates `YYYY-MM-DD`, numbers without float noise, text cells (long identity numbers,
 * codes with leading zeros) exactly as typed. Row numbers count from the header: Excel row 2 under a
 * header in row 1 is data row 1. A file that is not a workbook throws `E_SOURCE_XLSX`; a missing
 * sheet throws `E_SOURCE_SHEET`.
 *
 * @example
 * for await (const row of readXlsx('许可公示.xlsx', { sheet: '行政许可' })) console.log(row.fields);
 */
export async function* readXlsx(path: string, options: ReadXlsxOptions = {}): AsyncGenerator<SourceRow> {
  const source = options.source ?? basename(path);
  const headerRow = options.headerRow ?? 1;
  const wanted = options.sheet ?? 1;
  // Loaded on first use: ExcelJS takes most of a second to load, and most runs read no workbook.
  const { default: excel } = await import('exceljs');
  let seen: string[] = [];
  let yielded = false;
  for (let attempt = 1; ; attempt += 1) {
    const reader = new excel.stream.xlsx.WorkbookReader(path, {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    });
    seen = [];
    try {
      for await (const sheet of reader) {
        const name = (sheet as unknown as { name: string }).name;
        seen.push(name);
        if (typeof wanted === 'string' ? name !== wanted : seen.length !== wanted) {
          // Read through a sheet that is not wanted. ExcelJS parks the sheets of a workbook that stores
          // them before its shared strings (ExcelJS's own files do) in temporary files, and deletes each
          // once the next is asked for: left unread, a sheet's stream opens a deleted file later, an
          // unhandled ENOENT (5 times in 300 reads of sheet 2; never when read through).
          for await (const _row of sheet) {
            // nothing: the rows of a sheet not asked for
          }
          continue;
        }
        let keys: string[] | undefined;
        for await (const row of sheet) {
          if (row.number < headerRow) continue;
          const values = rowTexts(row);
          if (row.number === headerRow) {
            keys = headerKeys(values, source);
            continue;
          }
          if (isBlankRow(values)) continue;
          keys ??= headerKeys([], source);
          const rowNumber = row.number - headerRow;
          const { fields, extra } = zipRow(keys, values);
          yielded = true;
          if (extra > 0) {
            const message = `the row has ${extra} value(s) past the ${keys.length} header columns`;
            yield { source, rowNumber, fields: {}, error: { code: 'E_SOURCE_COLUMNS', message } };
          } else yield { source, rowNumber, fields };
        }
        return;
      }
    } catch (error) {
      if (isCreditBridgeError(error)) throw error;
      // ExcelJS's streaming reader now and then parses a parked sheet before the workbook's sheet
      // list (`cannot read … 'sheets'`: 5 in 1,000 reads of the same file). Before any row is
      // handed on, the workbook is simply read again; a file that is not a workbook fails every time.
      if (!yielded && attempt < XLSX_ATTEMPTS) continue;
      throw new CreditBridgeError({
        code: 'E_SOURCE_XLSX',
        message: `[${source}] cannot read the workbook: ${error instanceof Error ? error.message : String(error)}`,
        cause: error,
        details: { source },
      });
    }
    throw new CreditBridgeError({
      code: 'E_SOURCE_SHEET',
      message: `[${source}] no worksheet ${JSON.stringify(wanted)}; the workbook has ${JSON.stringify(seen)}`,
      details: { source, sheet: wanted, sheets: seen },
    });
  }
}

// Reads of a workbook that fail before any row was handed on (see the catch in readXlsx).
const XLSX_ATTEMPTS = 3;

function rowTexts(row: ExcelJS.Row): string[] {
  const texts: string[] = [];
  for (let column = 1; column <= row.cellCount; column += 1) {
    const cell = row.getCell(column);
    texts.push(cellText(cell.value, typeof cell.numFmt === 'string' ? cell.numFmt : undefined));
  }
  return texts;
}
