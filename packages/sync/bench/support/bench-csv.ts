import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toWireRecord, WIRE_FIELD_LABELS } from '@credit-bridge/core';
import { iterateRecords } from '@credit-bridge/core/testing';
import iconv from 'iconv-lite';

// Distinct synthetic records the big files are made of; each row gets its own record id.
const BASE = 4000;
const FORMAT = 3;

/** The record id of row `index` (from 0) of a benchmark file. */
export function benchRecordId(index: number): string {
  return `CF-420113-B${String(index).padStart(8, '0')}`;
}

function baseRows(count: number): Record<string, string>[] {
  return [...iterateRecords('penalty', { seed: 20_260_630, count: Math.min(BASE, count) })].map(
    (record) => toWireRecord('penalty', record) as Record<string, string>,
  );
}

/** The penalties of a benchmark file as wire rows, lazily: base records cycled, each row its own id. */
export function* benchWireRows(count: number): Generator<Record<string, string>> {
  const base = baseRows(count);
  for (let index = 0; index < count; index += 1) {
    yield { ...(base[index % base.length] as Record<string, string>), RECORD_ID: benchRecordId(index) };
  }
}

/**
 * A GBK CSV of `count` penalties with the data standard's Chinese titles, as Excel writes it, kept in the
 * temporary directory between benchmark runs (writing a million rows takes a while).
 */
export async function benchCsv(count: number): Promise<string> {
  const dir = join(tmpdir(), 'credit-bridge-bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `penalties-${count}-v${FORMAT}.csv`);
  if (existsSync(path)) return path;
  const partial = `${path}.${process.pid}.part`;
  const out = createWriteStream(partial);
  // Every column any record has: a legal person's and a natural person's penalty fill different ones.
  const headers = [...new Set(baseRows(count).flatMap((row) => Object.keys(row)))];
  let lines = [headers.map((name) => cell(WIRE_FIELD_LABELS.penalty[name] ?? name)).join(',')];
  const flush = async () => {
    if (!out.write(iconv.encode(`${lines.join('\r\n')}\r\n`, 'gbk'))) await once(out, 'drain');
    lines = [];
  };
  for (const row of benchWireRows(count)) {
    lines.push(headers.map((name) => cell(row[name] ?? '')).join(','));
    if (lines.length >= 2000) await flush();
  }
  await flush();
  out.end();
  await once(out, 'finish');
  renameSync(partial, path);
  return path;
}

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
