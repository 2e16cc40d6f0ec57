import {
  addYears,
  compareDates,
  ID_TYPE_TABLE,
  isPublicationActive,
  type RecordOf,
  type RecordType,
  SUBJECT_CATEGORY_TABLE,
  type Subject,
  type WireRow,
} from '@credit-bridge/core';
import { blacklistInPublication } from './blacklist-in-publication.js';
import { type CreditData, endedKey } from './credit-data.js';
import type { SubjectKey } from './credit-types.js';
import type { StoredVersion } from './record-store.js';
import type { ReportIssuer } from './report-issuer.js';
import { shanghaiSeconds } from './shanghai-seconds.js';
import { subjectMatches } from './subject-key.js';

/** A report as the contract's `CreditReport` (`XYBG_*` columns; sections of wire rows, core names). */
export type WireReport = Record<string, string | readonly WireRow[]>;

/** What a report is built from besides the data. */
export interface ReportInput {
  readonly key: SubjectKey;
  readonly subject: Subject;
  readonly purpose: string;
  readonly reportNo: string;
  readonly verificationCode: string;
  readonly generatedAt: number;
  readonly today: string;
  readonly issuer: ReportIssuer;
}

/**
 * The newest version of a subject as the platform's records describe it: the subject of the record stored
 * last. `undefined` when the platform holds nothing about the subject.
 */
export function latestSubject(data: CreditData, key: SubjectKey): Subject | undefined {
  let found: { subject: Subject; storedAt: number } | undefined;
  for (const store of Object.values(data.stores)) {
    for (const { record, storedAt } of (store as { all(): StoredVersion<RecordType>[] }).all()) {
      if (subjectMatches(record.subject, key) && (found === undefined || storedAt >= found.storedAt)) {
        found = { subject: record.subject, storedAt };
      }
    }
  }
  return found?.subject;
}

/**
 * Builds a report from the platform's current data: the penalties still in publication (by the rule set in
 * force on their decision date, unless an approved repair or their 公示截止期 ended it), the licences valid
 * today, the blacklist entries in publication and every repair of the subject.
 *
 * @example
 * const report = buildReport(data, { key, subject, purpose, reportNo, verificationCode, generatedAt, today, issuer });
 */
export function buildReport(data: CreditData, input: ReportInput): WireReport {
  const { key, subject, today } = input;
  const mine = <T extends RecordType>(type: T): StoredVersion<T>[] =>
    (data.stores[type] as unknown as { all(): StoredVersion<T>[] })
      .all()
      .filter(({ record }) => subjectMatches(record.subject, key));
  const identity: Record<string, string> =
    subject.category === 'natural_person'
      ? { XYBG_ZJLX: ID_TYPE_TABLE.toWire(subject.idType), XYBG_ZJHM: subject.idNumber }
      : { XYBG_TYSHXYDM: subject.uscc };
  return {
    XYBG_BGBH: input.reportNo,
    XYBG_ZTMC: subject.name,
    XYBG_ZTLB: SUBJECT_CATEGORY_TABLE.toWire(subject.category),
    ...identity,
    XYBG_CXYT: input.purpose,
    XYBG_SCSJ: shanghaiSeconds(input.generatedAt),
    XYBG_SJQSRQ: addYears(today, -5),
    XYBG_SJJZRQ: today,
    XYBG_CJDW: input.issuer.name,
    XYBG_CJDWDM: input.issuer.uscc,
    XYBG_YZM: input.verificationCode,
    XYBG_XZCF: mine('penalty')
      .filter(({ record }) => penaltyInPublication(data, record, today))
      .map(({ wire }) => wire),
    XYBG_XZXK: mine('license')
      .filter(({ record }) => record.status === 'valid' && compareDates(today, record.validTo) <= 0)
      .map(({ wire }) => wire),
    XYBG_SXMD: blacklistInPublication(data, key, today).map(({ wire }) => wire),
    XYBG_XYXF: mine('repair').map(({ wire }) => wire),
  };
}

/**
 * Whether a penalty is in publication on `today`: not ended by an approved repair, not past its
 * 公示截止期, and within the period `isPublicationActive` computes (severity `general` when not given).
 */
export function penaltyInPublication(data: CreditData, penalty: RecordOf<'penalty'>, today: string): boolean {
  if (data.ended.has(endedKey('penalty', penalty.recordId))) return false;
  if (penalty.publicationEndDate !== undefined && compareDates(today, penalty.publicationEndDate) > 0)
    return false;
  try {
    return isPublicationActive(
      {
        recordType: 'penalty',
        decisionDate: penalty.decisionDate,
        severity: penalty.severity ?? 'general',
        sector: penalty.sector,
        penaltyKinds: penalty.kinds,
      },
      today,
    );
  } catch {
    // No rule set was in force on a decision that old: its publication has long ended.
    return false;
  }
}
