import type {
  BlacklistEntry,
  CreditPlatformProfile,
  LicenseRecord,
  PenaltyRecord,
  RepairRecord,
} from '@credit-bridge/core';
import { createPlatformCaller } from '../internal/create-platform-caller.js';
import type { CallOptions } from '../model/call-options.js';
import type { ChangeFeed, ChangesOptions } from '../model/change-feed.js';
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

/** The credit platform, operation by operation. Each method is documented on its operation function. */
export interface CreditPlatformClient {
  readonly profile: CreditPlatformProfile;
  readonly reports: {
    request(subject: SubjectRef, options: RequestReportOptions): Promise<ReportPoller>;
    resume(state: unknown): ReportPoller;
    get(subject: SubjectRef, options: GetReportOptions): Promise<PlatformCreditReport>;
    fetch(reportNo: string, options?: CallOptions): Promise<PlatformCreditReport>;
    verify(reportNo: string, code: string, options?: CallOptions): Promise<ReportVerification>;
  };
  readonly blacklist: {
    check(subject: SubjectRef, options?: CallOptions): Promise<BlacklistCheckResult>;
    checkMany(subjects: readonly SubjectRef[], options?: CallOptions): Promise<BlacklistCheckManyResult[]>;
    submit(entries: readonly BlacklistEntry[], options?: CallOptions): Promise<SubmitOutcome>;
    changes(options?: ChangesOptions): ChangeFeed<BlacklistChange>;
  };
  readonly repairs: {
    submit(records: readonly RepairRecord[], options?: CallOptions): Promise<SubmitOutcome>;
    get(repairId: string, options?: CallOptions): Promise<RepairRecord>;
    changes(options?: ChangesOptions): ChangeFeed<RepairChange>;
  };
  readonly penalties: {
    submit(records: readonly PenaltyRecord[], options?: CallOptions): Promise<SubmitOutcome>;
  };
  readonly licenses: {
    submit(records: readonly LicenseRecord[], options?: CallOptions): Promise<SubmitOutcome>;
  };
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
    close: caller.close,
  };
}
