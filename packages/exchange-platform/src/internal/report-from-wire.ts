import { CODE_TABLES, fromWireRecord, REPORT_SECTIONS, REPORT_WIRE_FIELDS } from '@credit-bridge/core';

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let current = target;
  for (const key of keys) {
    const next = current[key];
    if (typeof next !== 'object' || next === null) current[key] = {};
    current = current[key] as Record<string, unknown>;
  }
  current[last] = value;
}

/**
 * Reads a credit report in its JSON wire form (the `XYBG_*` columns and four sections of wire records,
 * as the shared query answers it) into the shape of core's `ExchangeCreditReport`, **without validating**
 * it: code words become keys, the sections' records go through `fromWireRecord`. A value that does not
 * decode stays as it came, so the schema reports it.
 *
 * @example
 * exchangeCreditReportSchema.safeParse(reportFromWire(data.report));
 */
export function reportFromWire(row: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of REPORT_WIRE_FIELDS) {
    const raw = row[field.wire];
    if (raw === undefined) continue;
    const table = field.kind === 'code' && field.table !== undefined ? CODE_TABLES[field.table] : undefined;
    const value = table !== undefined && typeof raw === 'string' ? (table.fromWire(raw) ?? raw) : raw;
    setPath(out, field.field, value);
  }
  for (const section of REPORT_SECTIONS) {
    const rows = row[section.wire];
    out[section.key] = Array.isArray(rows)
      ? rows.map((item: unknown) =>
          typeof item === 'object' && item !== null
            ? fromWireRecord(section.recordType, item as Record<string, unknown>)
            : item,
        )
      : rows;
  }
  return out;
}
