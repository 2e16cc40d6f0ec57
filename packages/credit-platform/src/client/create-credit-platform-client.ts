import type {
  BlacklistEntry,
  CreditPlatformProfile,
  LicenseRecord,
  PenaltyRecord,
  RecordOf,
  RecordType,
  RepairRecord,
} from '@credit-bridge/core';
import { createPlatformCaller } from '../internal/create-platform-caller.js';
import type { CallOptions } from '../model/call-options.js';
import type { ChangeFeed, ChangesOptions } from '../model/change-feed.js';
import type { EncodedRecord, SubmitOptions } from '../model/encoded-record.js';
import type { SubjectRef } from '../model/subject-key.js';
import type { SubmitOutcome } from '../model/submit-outcome.js';
import { type BlacklistCheckResult, checkBlacklist } from '../operations/check-blacklist.js';
import { type BlacklistCheckManyResult, checkBlacklistMany } from '../operations/check-blacklist-many.js';
import { fetchReport } from '../operations/fetch-report.js';
import { getRepair } from '../operations/get-repair.js';
import { type GetReportOptions, getReport } from '../operations/get-report.js';
import { type BlacklistChange, listBlacklistChanges } from '../operations/list-blacklist-changes.js';
import { listRepairChanges, type RepairChange } from '../operations/list-repair-changes.js';
import { type RequestReportOptions, requestReport } from '../operations/request-report.js';
import { resumeReport } from '../operations/resume-report.js';
import { submitBlacklist } from '../operations/submit-blacklist.js';
import { submitLicenses } from '../operations/submit-licenses.js';
import { submitPenalties } from '../operations/submit-penalties.js';
import { submitRepairs } from '../operations/submit-repairs.js';
import { type ReportVerification, verifyReport } from '../operations/verify-report.js';
import type { ReportPoller } from '../report/create-report-poller.js';
import type { PlatformCreditReport } from '../report/credit-report-schema.js';
import {
  type CreditPlatformClientOptions,
  resolveCreditPlatformOptions,
} from './resolve-credit-platform-options.js';

/** The credit platform, operation by operation (each is one file under `operations/`). */
export interface CreditPlatformClient {
  /** The profile every path, name and limit comes from. */
  readonly profile: CreditPlatformProfile;
  readonly reports: {
    /** Starts a report task and returns its poller; `JSON.stringify(poller)` saves it. */
    request(subject: SubjectRef, options: RequestReportOptions): Promise<ReportPoller>;
    /** A poller from a saved state (`JSON.parse` of what was saved), in another process too. */
    resume(state: unknown): ReportPoller;
    /** Requests a report and waits for it under one deadline. */
    get(subject: SubjectRef, options: GetReportOptions): Promise<PlatformCreditReport>;
    /** A report generated earlier, by its number. */
    fetch(reportNo: string, options?: CallOptions): Promise<PlatformCreditReport>;
    /** Whether the platform issued a report with this number and verification code. */
    verify(reportNo: string, code: string, options?: CallOptions): Promise<ReportVerification>;
  };
  readonly blacklist: {
    /** Whether one subject is on the blacklist now, with the entries in publication (逢办必查). */
    check(subject: SubjectRef, options?: CallOptions): Promise<BlacklistCheckResult>;
    /** The status of many subjects, in contract-sized batches, in input order. */
    checkMany(subjects: readonly SubjectRef[], options?: CallOptions): Promise<BlacklistCheckManyResult[]>;
    /** Listings and removals: pre-checked, batched, idempotent; one result per entry in input order. */
    submit(entries: readonly BlacklistEntry[], options?: SubmitOptions<'blacklist'>): Promise<SubmitOutcome>;
    /** The blacklist change feed from `cursor` to the head; `feed.cursor` resumes it. */
    changes(options?: ChangesOptions): ChangeFeed<BlacklistChange>;
  };
  readonly repairs: {
    /** 信用修复 decisions: pre-checked, batched, idempotent; one result per record in input order. */
    submit(records: readonly RepairRecord[], options?: SubmitOptions<'repair'>): Promise<SubmitOutcome>;
    /** The current version of one repair. */
    get(repairId: string, options?: CallOptions): Promise<RepairRecord>;
    /** The repair change feed from `cursor` to the head; `feed.cursor` resumes it. */
    changes(options?: ChangesOptions): ChangeFeed<RepairChange>;
  };
  readonly penalties: {
    /** 行政处罚 (双公示): pre-checked, batched, idempotent; one result per record in input order. */
    submit(records: readonly PenaltyRecord[], options?: SubmitOptions<'penalty'>): Promise<SubmitOutcome>;
  };
  readonly licenses: {
    /** 行政许可 (双公示): pre-checked, batched, idempotent; one result per record in input order. */
    submit(records: readonly LicenseRecord[], options?: SubmitOptions<'license'>): Promise<SubmitOutcome>;
  };
  /**
   * Encodes a record as a submit would send it (wire mapping, the profile's column names) and tells its
   * size in bytes, for callers that size batches themselves; hand the result to a submit's `encoded`
   * option and the record is not encoded twice. Throws core's `E_WIRE_VALUE` for a value the wire
   * cannot carry.
   *
   * @example
   * const encoded = penalties.map((record) => client.encode('penalty', record));
   * await client.penalties.submit(penalties, { encoded });
   */
  encode<T extends RecordType>(type: T, record: RecordOf<T>): EncodedRecord<T>;
  /** Closes the pooled sockets of the default sender; an injected sender is the caller's to close. */
  close(): void;
}

/**
 * A client of the credit platform: every request signed (HMAC-SM3 by default), retried only when safe,
 * bounded by deadlines, and every answer validated against the contract before it is returned. Paths,
 * envelope names, success code, status mode, paging, limits and column names come from the `profile`, so
 * a deployment that names things otherwise swaps a profile, not code.
 *
 * @example
 * const client = createCreditPlatformClient({ baseUrl: 'http://127.0.0.1:4010',
 *   appKey: 'cb-demo-district', appSecret: 'cb-demo-secret-0123456789abcdef' });
 * const { listed } = await client.blacklist.check({ uscc: '91420111CB0001035J' });
 * client.close();
 */
export function createCreditPlatformClient(options: CreditPlatformClientOptions): CreditPlatformClient {
  const caller = createPlatformCaller(resolveCreditPlatformOptions(options));
  return {
    profile: caller.profile,
    reports: {
      request: (subject, requestOptions) => requestReport(caller, subject, requestOptions),
      resume: (state) => resumeReport(caller, state),
      get: (subject, getOptions) => getReport(caller, subject, getOptions),
      fetch: (reportNo, callOptions) => fetchReport(caller, reportNo, callOptions),
      verify: (reportNo, code, callOptions) => verifyReport(caller, reportNo, code, callOptions),
    },
    blacklist: {
      check: (subject, callOptions) => checkBlacklist(caller, subject, callOptions),
      checkMany: (subjects, callOptions) => checkBlacklistMany(caller, subjects, callOptions),
      submit: (entries, callOptions) => submitBlacklist(caller, entries, callOptions),
      changes: (changesOptions) => listBlacklistChanges(caller, changesOptions),
    },
    repairs: {
      submit: (records, callOptions) => submitRepairs(caller, records, callOptions),
      get: (repairId, callOptions) => getRepair(caller, repairId, callOptions),
      changes: (changesOptions) => listRepairChanges(caller, changesOptions),
    },
    penalties: { submit: (records, callOptions) => submitPenalties(caller, records, callOptions) },
    licenses: { submit: (records, callOptions) => submitLicenses(caller, records, callOptions) },
    encode: (type, record) => caller.encoder.encode(type, record),
    close: caller.close,
  };
}
