import { CreditBridgeError } from '@credit-bridge/core';
import { type ByteInput, byteChunks, sourceLabel } from '../internal/byte-chunks.js';
import { columnLetter } from '../internal/column-letter.js';
import { decodeText } from '../internal/decode-text.js';
import { headerKeys, isBlankRow, zipRow } from '../internal/header-keys.js';
import { parseCsvRecords } from '../internal/parse-csv-records.js';
import type { DetectedEncoding, TextEncodingOption } from './detect-encoding.js';
import type { SourceRow } from './source-row.js';

/** Options of {@link readCsv}. */
export interface ReadCsvOptions {
  /** The text encoding; `auto` (default) detects it as `detectEncoding` documents. */
  encoding?: TextEncodingOption;
  /** The value separator, one character; default `,`. */
  delimiter?: string;
  /**
   * The 1-based line of the header (records above it, such as a title row, are skipped); default 1.
   * `0` means the file has no header: fields are keyed by column letter (`A`, `B`, …) or `columns`.
   */
  headerRow?: number;
  /** Field names for a file without a header (`headerRow: 0`). */
  columns?: readonly string[];
  /** The label rows carry; default the file name, or `csv` for a stream. */
  source?: string;
  /** A record longer than this many characters is reported and skipped; default 1,000,000. */
  maxRecordChars?: number;
  /** Told which encoding the file was read in, once it is known. */
  onEncoding?: (encoding: DetectedEncoding) => void;
}

const REPLACEMENT = '\uFFFD';

/**
 * Streams the rows of a CSV file (or byte stream) as {@link SourceRow}s, all values text exactly as
 * written: leading zeros, 18-digit identity numbers and line breaks inside quoted values survive.
 * Reads Excel's exports in either encoding (GBK "CSV", "CSV UTF-8" with its BOM) without being told.
 * A row with bad quoting, too many values or undecodable bytes is yielded with an `error`; a header
 * naming one column twice throws `E_SOURCE_HEADER`. Memory stays flat however large the file.
 *
 * @example
 * for await (const row of readCsv('penalties-2026-03.csv')) {
 *   if (row.error === undefined) console.log(row.rowNumber, row.fields['行政相对人名称']);
 * }
 */
export async function* readCsv(input: ByteInput, options: ReadCsvOptions = {}): AsyncGenerator<SourceRow> {
  const source = sourceLabel(input, options.source, 'csv');
  const headerRow = options.headerRow ?? 1;
  const text = decodeText(byteChunks(input), options.encoding ?? 'auto', options.onEncoding);
  const records = parseCsvRecords(text, {
    delimiter: options.delimiter ?? ',',
    maxRecordChars: options.maxRecordChars ?? 1_000_000,
  });
  let keys: string[] | undefined = headerRow === 0 ? options.columns?.slice() : undefined;
  let line = 0;
  let rowNumber = 0;
  for await (const chunk of records)
    for (const record of chunk) {
      line += 1;
      if (line < headerRow) continue;
      if (line === headerRow) {
        if (record.error !== undefined) {
          throw new CreditBridgeError({
            code: 'E_SOURCE_HEADER',
            message: `[${source}] the header row cannot be read: ${record.error}`,
            details: { source },
          });
        }
        keys = headerKeys(record.values, source);
        continue;
      }
      rowNumber += 1;
      if (record.error !== undefined) {
        yield { source, rowNumber, fields: {}, error: { code: 'E_SOURCE_CSV', message: record.error } };
        continue;
      }
      if (isBlankRow(record.values)) continue;
      keys ??= record.values.map((_, index) => columnLetter(index));
      const { fields, extra } = zipRow(keys, record.values);
      if (extra > 0) {
        const message = `the row has ${extra} value(s) past the ${keys.length} header columns`;
        yield { source, rowNumber, fields: {}, error: { code: 'E_SOURCE_COLUMNS', message } };
      } else if (record.values.some((value) => value.includes(REPLACEMENT))) {
        const message = 'the row holds bytes that are not valid in the file encoding; declare the encoding';
        yield { source, rowNumber, fields: {}, error: { code: 'E_SOURCE_ENCODING', message } };
      } else {
        yield { source, rowNumber, fields };
      }
    }
}
