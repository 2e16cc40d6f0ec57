import {
  CODE_TABLES,
  type ExchangeCreditReport,
  REPORT_SECTIONS,
  REPORT_WIRE_FIELDS,
  type RecordOf,
  type RecordType,
  toWireRecord,
} from '@credit-bridge/core';
import { buildReport, latestSubject, type WireReport } from '../credit/build-report.js';
import type { CreditData } from '../credit/credit-data.js';
import type { SubjectKey } from '../credit/credit-types.js';
import type { ReportIssuer } from '../credit/report-issuer.js';
import { createIdSource } from '../id-source.js';

/** A report the exchange platform holds: published in an XYBG message, or issued for a query. */
export interface HeldReport {
  readonly reportNo: string;
  readonly report: WireReport;
  readonly source: 'published' | 'issued';
  /** Epoch milliseconds. */
  readonly heldAt: number;
}

/** The reports the exchange platform shares. */
export interface ReportLibrary {
  /** Keeps a report from an XYBG message: `duplicate` when its number is held already. */
  publish(report: ExchangeCreditReport, now: number): 'accepted' | 'duplicate';
  /**
   * Issues a report of the subject from the shared data as it is now (penalties and blacklist entries in
   * publication, licences valid, repairs); `undefined` when the platform holds no record of the subject.
   */
  issue(
    data: CreditData,
    input: { key: SubjectKey; purpose: string; now: number; today: string },
  ): HeldReport | undefined;
  /** A held report of this number that is about this subject. */
  find(reportNo: string, key: SubjectKey): HeldReport | undefined;
  size(): number;
  /** Epoch milliseconds of the newest report held. */
  updatedAt(): number | undefined;
  clear(): void;
}

/**
 * Creates the report library. Issued reports are numbered `XYBG` + `regionCode` + date + a six-digit
 * sequence, with verification codes that follow from the seed.
 *
 * @example
 * const library = createReportLibrary({ seed: 1, regionCode: '420100', issuer: DEFAULT_REPORT_ISSUER });
 * library.issue(data, { key: { uscc }, purpose: '政府采购供应商资格审查', now, today })?.reportNo;
 */
export function createReportLibrary(options: {
  seed: number;
  regionCode: string;
  issuer: ReportIssuer;
}): ReportLibrary {
  let held = new Map<string, HeldReport>();
  let sequence = 0;
  let ids = createIdSource((options.seed ^ 0x0b6) >>> 0);
  const keep = (report: HeldReport): HeldReport => {
    held.set(report.reportNo, report);
    return report;
  };
  return {
    publish(report, now) {
      if (held.has(report.reportNo)) return 'duplicate';
      keep({ reportNo: report.reportNo, report: wireReportOf(report), source: 'published', heldAt: now });
      return 'accepted';
    },
    issue(data, { key, purpose, now, today }) {
      const subject = latestSubject(data, key);
      if (subject === undefined) return undefined;
      sequence += 1;
      const reportNo = `XYBG${options.regionCode}${today.replaceAll('-', '')}${String(sequence).padStart(6, '0')}`;
      const report = buildReport(data, {
        key,
        subject,
        purpose,
        reportNo,
        verificationCode: ids.verificationCode(),
        generatedAt: now,
        today,
        issuer: options.issuer,
      });
      return keep({ reportNo, report, source: 'issued', heldAt: now });
    },
    find(reportNo, key) {
      const found = held.get(reportNo);
      const identifier = found?.report['uscc' in key ? 'XYBG_TYSHXYDM' : 'XYBG_ZJHM'];
      return identifier === ('uscc' in key ? key.uscc : key.idNumber) ? found : undefined;
    },
    size: () => held.size,
    updatedAt: () =>
      [...held.values()].reduce<number | undefined>(
        (latest, report) => (latest === undefined || report.heldAt > latest ? report.heldAt : latest),
        undefined,
      ),
    clear() {
      held = new Map();
      sequence = 0;
      ids = createIdSource((options.seed ^ 0x0b6) >>> 0);
    },
  };
}

/** A report of an XYBG message as the contract's JSON `CreditReport`: `XYBG_*` columns and wire rows. */
function wireReportOf(report: ExchangeCreditReport): WireReport {
  const wire: Record<string, string | readonly Record<string, string>[]> = {};
  for (const field of REPORT_WIRE_FIELDS) {
    const value = field.field
      .split('.')
      .reduce<unknown>((at, key) => (at as Record<string, unknown>)?.[key], report);
    if (typeof value !== 'string') continue;
    wire[field.wire] =
      field.kind === 'code' && field.table !== undefined ? codeWord(field.table, value) : value;
  }
  for (const section of REPORT_SECTIONS) {
    wire[section.wire] = (report[section.key] as readonly RecordOf<RecordType>[]).map((record) =>
      toWireRecord(section.recordType, record),
    );
  }
  return wire;
}

function codeWord(table: keyof typeof CODE_TABLES, key: string): string {
  return (CODE_TABLES[table] as { toWire(key: string): string }).toWire(key);
}
