import { normalizeIdentifier } from '../ids/normalize-identifier.js';
import { parseCalendarDate } from '../time/parse-calendar-date.js';
import { CREDIT_SEVERITY_TABLE, LICENSE_CATEGORY_TABLE, SUBJECT_CATEGORY_TABLE } from './code-tables.js';
import {
  GENERATION_1_LICENSE_COLUMNS,
  GENERATION_1_PENALTY_COLUMNS,
  type Generation1Conversion,
} from './generation-1-columns.js';
import { isBlankWireValue } from './internal/decode-wire-value.js';
import type { WireRow } from './to-wire-record.js';
import { findFieldByWireName } from './wire-fields.js';

/** Outcome of {@link convertGeneration1}: the generation-2 row, and every value that has no home there. */
export interface Generation1Result {
  /** The generation-2 wire row (still unvalidated: generation 1 lacks several required columns). */
  row: WireRow;
  /** Input columns kept as they came: those generation 2 has no column for, and unknown columns. */
  unmapped: WireRow;
}

// Code tables of the Wuhan generation-1 loader (com.whcis…TempToBaseServer, domain reference §3.2).
const V1_LICENSE_CATEGORIES: Readonly<Record<string, string>> = {
  '1': '普通',
  '2': '特许',
  '3': '认可',
  '4': '核准',
  '5': '登记',
  '9': '其他',
};
const V1_PENALTY_KINDS: Readonly<Record<string, string>> = {
  '1': '警告',
  '2': '罚款',
  '3': '没收违法所得、没收非法财物',
  '4': '责令停产停业',
  '5': '暂扣或者吊销许可证、暂扣或者吊销执照',
  '6': '行政拘留',
  '9': '其他',
};
// v1 当前状态: 0/正常/blank normal, 1 撤销; 2 异议 (also written 异常) and 3 其他 say nothing about validity,
// so they stay in `unmapped` for a person to decide.
const V1_LICENSE_STATUS: Readonly<Record<string, string>> = { '0': '1', 正常: '1', '1': '2', 撤销: '2' };

/**
 * Converts a generation-1 双公示 row (Wuhan monthly tables) to the generation-2 wire form, following
 * {@link GENERATION_1_LICENSE_COLUMNS} / {@link GENERATION_1_PENALTY_COLUMNS}: renamed columns, v1 codes
 * to words (审批类别 1–5/9, 处罚类别 1–6/9, 当前状态 0/1), dates to `YYYY-MM-DD`, 身份证号 split into
 * 证件类型 + 证件号码, CF_CFLB1/2 joined. 行政相对人类别, absent in v1, is inferred: a USCC starting `92`
 * → 个体工商户, another USCC → 法人及非法人组织, only an identity number → 自然人. Columns already in
 * generation-2 form pass through and win over their v1 counterpart. Nothing is dropped: every other
 * value lands in `unmapped`. Only feed generation-1 rows: `XK_ZT` `1` means 撤销 there but 有效 in
 * generation 2.
 *
 * @example
 * convertGeneration1('license', { XK_XDR: '汉南区示例小吃店', XK_SPLB: '1', XK_JZQ: '2031/01/14' }).row;
 * // { XK_XDR_MC: '汉南区示例小吃店', XK_XKLB: '普通', XK_YXQZI: '2031-01-14', XK_ZT: '1' }
 */
export function convertGeneration1(
  type: 'penalty' | 'license',
  input: Readonly<Record<string, string | null | undefined>>,
): Generation1Result {
  const columns = type === 'license' ? GENERATION_1_LICENSE_COLUMNS : GENERATION_1_PENALTY_COLUMNS;
  const prefix = type === 'license' ? 'XK' : 'CF';
  const v1Names = new Set(columns.map((column) => column.v1));
  const row: WireRow = {};
  const unmapped: WireRow = {};
  const values = new Map<string, string>();
  for (const [name, value] of Object.entries(input)) {
    if (!isBlankWireValue(value)) values.set(name.trim().toUpperCase(), String(value));
  }

  for (const [name, value] of values) {
    if (v1Names.has(name)) continue;
    const field = findFieldByWireName(type, name);
    if (field === undefined) unmapped[name] = value;
    else row[field.wire] = value;
  }

  const kinds: string[] = [];
  for (const column of columns) {
    const value = values.get(column.v1);
    if (value === undefined || column.conversion === 'idCard') continue;
    const converted = column.v2 === undefined ? undefined : convert(column.conversion ?? 'copy', value);
    if (column.conversion === 'penaltyKind' && converted !== undefined) kinds.push(converted);
    else if (column.v2 === undefined || converted === undefined || row[column.v2] !== undefined) {
      unmapped[column.v1] = value;
    } else row[column.v2] = converted;
  }
  const uniqueKinds = [...new Set(kinds)];
  if (uniqueKinds.length > 0) {
    if (row.CF_CFLB === undefined) row.CF_CFLB = uniqueKinds.join(';');
    else for (const name of ['CF_CFLB1', 'CF_CFLB2']) keep(values, unmapped, name);
  }
  if (type === 'license' && row.XK_ZT === undefined && !values.has('XK_ZT')) row.XK_ZT = '1';

  inferCategory(prefix, row, values);
  placeIdNumber(prefix, row, values, unmapped);
  return { row, unmapped };
}

function convert(conversion: Generation1Conversion, value: string): string | undefined {
  const trimmed = value.trim();
  switch (conversion) {
    case 'copy':
    case 'idCard':
      return value;
    case 'date': {
      const result = parseCalendarDate(trimmed);
      return result.ok ? result.value : value;
    }
    case 'licenseCategory': {
      const key = LICENSE_CATEGORY_TABLE.fromWire(trimmed);
      return (
        V1_LICENSE_CATEGORIES[trimmed] ?? (key === undefined ? value : LICENSE_CATEGORY_TABLE.toWire(key))
      );
    }
    case 'licenseStatus':
      return V1_LICENSE_STATUS[trimmed];
    case 'penaltyKind':
      return V1_PENALTY_KINDS[trimmed] ?? trimmed;
    case 'severity': {
      const key = CREDIT_SEVERITY_TABLE.fromWire(trimmed);
      return key === undefined ? undefined : CREDIT_SEVERITY_TABLE.toWire(key);
    }
  }
}

function inferCategory(prefix: string, row: WireRow, values: ReadonlyMap<string, string>): void {
  const column = `${prefix}_XDR_LB`;
  if (row[column] !== undefined) return;
  const uscc = row[`${prefix}_XDR_SHXYM`];
  if (uscc !== undefined) {
    // Hubei validator: an individual business's code starts 92 (domain reference §3.3).
    const individual = normalizeIdentifier(uscc).startsWith('92');
    row[column] = SUBJECT_CATEGORY_TABLE.toWire(individual ? 'individual_business' : 'legal_person');
  } else if (values.has(`${prefix}_XDR_SFZ`)) {
    row[column] = SUBJECT_CATEGORY_TABLE.toWire('natural_person');
  }
}

function placeIdNumber(
  prefix: string,
  row: WireRow,
  values: ReadonlyMap<string, string>,
  unmapped: WireRow,
): void {
  const name = `${prefix}_XDR_SFZ`;
  const idNumber = values.get(name);
  if (idNumber === undefined) return;
  const category = SUBJECT_CATEGORY_TABLE.fromWire(row[`${prefix}_XDR_LB`] ?? '');
  // With a USCC the row is about an organisation, so the identity number is its representative's.
  const owner = category === undefined || category === 'natural_person' ? `${prefix}_XDR` : `${prefix}_FR`;
  if (row[`${owner}_ZJHM`] !== undefined) {
    unmapped[name] = idNumber;
    return;
  }
  row[`${owner}_ZJHM`] = idNumber;
  row[`${owner}_ZJLX`] ??= '身份证';
}

function keep(values: ReadonlyMap<string, string>, unmapped: WireRow, name: string): void {
  const value = values.get(name);
  if (value !== undefined) unmapped[name] = value;
}
