import { basename } from 'node:path';
import { readCsv, readJsonl, readXlsx, type SourceRow } from '@credit-bridge/sync';
import type { ResolvedStream } from '../config/load-config.js';

/**
 * The rows of a stream's source file, through the reader its format names (CSV with the encoding
 * detected or declared, JSONL, XLSX); rows carry the file's base name as their `source`.
 *
 * @example
 * for await (const row of openSource({ path: '/data/处罚.csv', format: 'csv' })) console.log(row.rowNumber);
 */
export function openSource(source: ResolvedStream['source']): AsyncIterable<SourceRow> {
  const label = basename(source.path);
  switch (source.format) {
    case 'csv':
      return readCsv(source.path, {
        source: label,
        ...(source.encoding === undefined ? {} : { encoding: source.encoding }),
        ...(source.delimiter === undefined ? {} : { delimiter: source.delimiter }),
      });
    case 'jsonl':
      return readJsonl(source.path, { source: label });
    case 'xlsx':
      return readXlsx(source.path, {
        source: label,
        ...(source.sheet === undefined ? {} : { sheet: source.sheet }),
      });
    default:
      return source.format satisfies never;
  }
}
