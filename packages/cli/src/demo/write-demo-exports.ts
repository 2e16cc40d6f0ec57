import { access, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type RecordType, WIRE_FIELD_LABELS, type WireRow } from '@credit-bridge/core';
import iconv from 'iconv-lite';
import type { DemoDataset } from './build-demo-dataset.js';

/** Where the demo's export files are. */
export interface DemoExportFiles {
  readonly penalties: string;
  readonly blacklist: string;
  readonly repairs: string;
  /** False when the files were already there from an earlier run and were kept as they are. */
  readonly written: boolean;
}

/**
 * Writes the demo's district exports into `<dir>/exports/`: the penalties as Excel's "CSV" save writes
 * them on Chinese Windows (GBK, CRLF, the data standard's Chinese column titles, fields quoted only
 * when they must be), the blacklist and repair decisions as JSONL keyed by wire names. Files from an
 * earlier run are kept, so a second run reads exactly what the first one sent.
 *
 * @example
 * const files = await writeDemoExports('credit-bridge-demo', buildDemoDataset({ today }));
 */
export async function writeDemoExports(dir: string, dataset: DemoDataset): Promise<DemoExportFiles> {
  const exports = join(dir, 'exports');
  const files = {
    penalties: join(exports, 'penalties-gbk.csv'),
    blacklist: join(exports, 'blacklist.jsonl'),
    repairs: join(exports, 'repairs.jsonl'),
  };
  const present = await Promise.all(Object.values(files).map(exists));
  if (present.every(Boolean)) return { ...files, written: false };
  await mkdir(exports, { recursive: true });
  await writeFile(files.penalties, iconv.encode(toExcelCsv('penalty', dataset.penaltyRows), 'gbk'));
  await writeFile(files.blacklist, toJsonl(dataset.blacklistRows));
  await writeFile(files.repairs, toJsonl(dataset.repairRows));
  return { ...files, written: true };
}

/**
 * Rows as Excel writes a CSV: a header of column titles, CRLF line ends, a field quoted only when it
 * holds a comma, a quote or a line break (quotes doubled).
 *
 * @example
 * toExcelCsv('penalty', [{ RECORD_ID: 'CF-1', CF_XDR_MC: '武汉, 某公司' }]);
 * // '记录编号,行政相对人名称\r\nCF-1,"武汉, 某公司"\r\n'
 */
export function toExcelCsv(recordType: RecordType, rows: readonly WireRow[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const labels = WIRE_FIELD_LABELS[recordType] as Readonly<Record<string, string>>;
  const line = (cells: readonly string[]) => `${cells.map(excelField).join(',')}\r\n`;
  return [
    line(columns.map((column) => labels[column] ?? column)),
    ...rows.map((row) => line(columns.map((c) => row[c] ?? ''))),
  ].join('');
}

function excelField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function toJsonl(rows: readonly WireRow[]): string {
  return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
