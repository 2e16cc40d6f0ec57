import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PenaltyRecord, toWireRecord, WIRE_FIELD_LABELS } from '@credit-bridge/core';
import { iterateRecords } from '@credit-bridge/core/testing';
import iconv from 'iconv-lite';

/** A bad row of a fixture: where it is and the rules its dead letter must name. */
export interface BadRow {
  readonly rowNumber: number;
  readonly rules: readonly string[];
}

/** A GBK CSV of penalties as Excel writes it, and what a sync of it must end with. */
export interface PenaltyCsv {
  readonly path: string;
  /** Data rows in the file. */
  readonly rows: number;
  /** The records the platform must hold afterwards, each once. */
  readonly expected: readonly PenaltyRecord[];
  readonly bad: readonly BadRow[];
  /** Rows that repeat an earlier row exactly. */
  readonly repeats: readonly number[];
}

/** Options of {@link writePenaltyCsv}. */
export interface PenaltyCsvOptions {
  readonly dir: string;
  /** Valid records in the file. */
  readonly count: number;
  readonly seed: number;
  /** Every `badEvery`-th row is broken, cycling through the kinds below; default 9. */
  readonly badEvery?: number;
  readonly name?: string;
}

type Kind = 'checksum' | 'required' | 'amount' | 'quoting';
const KINDS: readonly Kind[] = ['checksum', 'required', 'amount', 'quoting'];

/**
 * Writes synthetic penalties as a GBK CSV (Excel's plain "CSV" on Chinese Windows: GBK, CRLF, the data
 * standard's Chinese titles as headers), with broken rows at known places — a USCC or identity number
 * whose check character is wrong (`E_USCC_CHECKSUM` / `E_ID_CHECKSUM`), a blank 违法事实 (`E_REQUIRED`),
 * an amount that is not one (`E_TYPE`), a quote left open (`E_SOURCE_CSV`) — and one row repeated.
 *
 * @example
 * const csv = writePenaltyCsv({ dir, count: 200, seed: 7 });
 */
export function writePenaltyCsv(options: PenaltyCsvOptions): PenaltyCsv {
  const badEvery = options.badEvery ?? 9;
  const records = [...iterateRecords('penalty', { seed: options.seed, count: options.count })];
  const rows: string[][] = [];
  const headers: string[] = [];
  const bad: BadRow[] = [];
  const repeats: number[] = [];
  const wires = records.map((record) => toWireRecord('penalty', record) as Record<string, string>);
  for (const wire of wires)
    for (const name of Object.keys(wire)) if (!headers.includes(name)) headers.push(name);
  const line = (wire: Record<string, string>) => headers.map((name) => csvValue(wire[name] ?? ''));
  let kind = 0;
  wires.forEach((wire, index) => {
    if ((rows.length + 1) % badEvery === 0) {
      const broken = breakRow(wire, KINDS[kind % KINDS.length] as Kind, headers);
      kind += 1;
      rows.push(broken.cells ?? line(broken.wire));
      bad.push({ rowNumber: rows.length, rules: broken.rules });
    }
    rows.push(line(wire));
    if (index === 3) {
      rows.push(line(wire));
      repeats.push(rows.length);
    }
  });
  const labels = headers.map((name) => WIRE_FIELD_LABELS.penalty[name] ?? name);
  const text = [labels.map(csvValue), ...rows].map((cells) => cells.join(',')).join('\r\n');
  const path = join(options.dir, options.name ?? `处罚-${options.seed}.csv`);
  writeFileSync(path, iconv.encode(`${text}\r\n`, 'gbk'));
  return { path, rows: rows.length, expected: records, bad, repeats };
}

function breakRow(
  source: Record<string, string>,
  kind: Kind,
  headers: readonly string[],
): { wire: Record<string, string>; rules: string[]; cells?: string[] } {
  const wire: Record<string, string> = { ...source, RECORD_ID: `${source.RECORD_ID}-X` };
  switch (kind) {
    case 'checksum': {
      if (wire.CF_XDR_SHXYM !== undefined && wire.CF_XDR_SHXYM !== '') {
        wire.CF_XDR_SHXYM = otherLast(wire.CF_XDR_SHXYM);
        return { wire, rules: ['E_USCC_CHECKSUM'] };
      }
      wire.CF_ZJHM = otherLast(wire.CF_ZJHM ?? '');
      return { wire, rules: ['E_ID_CHECKSUM'] };
    }
    case 'required':
      wire.CF_SY = '';
      return { wire, rules: ['E_REQUIRED'] };
    case 'amount':
      wire.CF_NR_FK = '三万';
      return { wire, rules: ['E_TYPE'] };
    case 'quoting': {
      const cells = headers.map((name) => csvValue(wire[name] ?? ''));
      cells[1] = `"${cells[1] ?? ''}`;
      return { wire, rules: ['E_SOURCE_CSV'], cells };
    }
  }
}

function otherLast(code: string): string {
  const last = code.at(-1);
  return `${code.slice(0, -1)}${last === '0' ? '1' : '0'}`;
}

function csvValue(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
