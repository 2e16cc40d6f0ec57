/**
 * @credit-bridge/credit-platform — the adapter for the city credit platform.
 *
 * Read this file as the table of contents: the client and its options, the operations (one per file),
 * the shapes they return, report pollers, events and the error codes of the contract.
 */

// The client, and the one place its defaults are resolved
export {
  type CreditPlatformClient,
  createCreditPlatformClient,
} from './client/create-credit-platform-client.js';
export {
  type CreditPlatformClientOptions,
  type CreditPlatformHttpOptions,
  type PollOptions,
  type PrecheckMode,
  type ResolvedCreditPlatformOptions,
  resolveCreditPlatformOptions,
} from './client/resolve-credit-platform-options.js';
// Errors: the contract's machine codes, and guards over the transport's typed errors
export {
  CREDIT_PLATFORM_ERROR_CODES,
  type CreditPlatformErrorCode,
  type CreditPlatformErrorCodeInfo,
  errorCodeOf,
  isAuthFailure,
  isRetryablePlatformFailure,
} from './errors/credit-platform-error-codes.js';
// Events: the transport's and the adapter's, redacted
export type {
  AdapterEvent,
  BatchEvent,
  CreditPlatformEvent,
  OnCreditPlatformEvent,
  PageEvent,
  PollEvent,
  PrecheckEvent,
} from './events/credit-platform-event.js';
// What operations take and return
export type { CallOptions } from './model/call-options.js';
export type { ChangeFeed, ChangePage, ChangesOptions } from './model/change-feed.js';
export type { EncodedRecord, SubmitOptions } from './model/encoded-record.js';
export type { PlatformIssue } from './model/platform-issue.js';
export {
  requireSubjectKey,
  type SubjectKey,
  type SubjectRef,
  subjectKeyOf,
  subjectKeyProblem,
} from './model/subject-key.js';
export type { BatchReceipt, RecordResult, RecordStatus, SubmitOutcome } from './model/submit-outcome.js';
// What each operation (one file each under operations/) takes and returns
export type { BlacklistCheckResult } from './operations/check-blacklist.js';
export type { BlacklistCheckManyResult } from './operations/check-blacklist-many.js';
export type { GetReportOptions } from './operations/get-report.js';
export type { BlacklistChange } from './operations/list-blacklist-changes.js';
export type { RepairChange } from './operations/list-repair-changes.js';
export type { RequestReportOptions } from './operations/request-report.js';
export type { ReportVerification } from './operations/verify-report.js';
// Reports: the poller, its saved state, the task and the report
export type { ReportPoller } from './report/create-report-poller.js';
export type { PlatformCreditReport, ReportSubject } from './report/credit-report-schema.js';
export type { ReportTaskStatus } from './report/report-task-schema.js';
export type { ReportTaskState } from './report/report-task-state.js';
