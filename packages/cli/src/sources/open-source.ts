import { basename } from 'node:path';
import { readCsv, readJsonl, readXlsx, type SourceRow } from '@credit-bridge/sync';
import type { ResolvedStream } from '../config/load-config.js';

/**
 * The rows of a stream's source file, through the reader its kind names (CSV with the encoding
 * detected or declared, JSONL, XLSX); rows carry the file's base name as their `source`.
 *
 * @example
 * for await (const row of openSource({ kind: 'csv', path: '/data/处罚.csv' })) console.log(row.rowNumber);
 */
export function openSource(source: ResolvedStream['source']): AsyncIterable<SourceRow> {
  const label = basename(source.path);
  switch (source.kind) {
    case 'csv':
      return readCsv(source.path, {
        source: label,
        ...(source.encoding === undefined ? {} : { encoding: source.encoding }),
        ...(source.delimiter === undefined ? {} : { delimiter: source.delimiter }),
        ...(source.headerRow === undefined ? {} : { headerRow: source.headerRow }),
      });
    case 'jsonl':
      return readJsonl(source.path, { source: label });
    case 'xlsx':
      return readXlsx(source.path, {
        source: label,
        ...(source.sheet === undefined ? {} : { sheet: source.sheet }),
        ...(source.headerRow === undefined ? {} : { headerRow: source.headerRow }),
      });
    default:
      return source satisfies never;
  }
}

/**
 * The source kind a file's extension implies: `.xlsx`, `.jsonl`/`.ndjson`, anything else CSV.
 *
 * @example
 * sourceKindOf('处罚.xlsx'); // 'xlsx'
 */
export function sourceKindOf(path: string): 'csv' | 'jsonl' | 'xlsx' {
  const lower = path.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return lower.endsWith('.jsonl') || lower.endsWith('.ndjson') ? 'jsonl' : 'csv';
}
