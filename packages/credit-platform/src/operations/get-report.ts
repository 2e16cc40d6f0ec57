import { CreditBridgeError } from '@credit-bridge/core';
import type { PlatformCaller } from '../internal/create-platform-caller.js';
import type { CallOptions } from '../model/call-options.js';
import { type SubjectRef, subjectKeyOf } from '../model/subject-key.js';
import type { PlatformCreditReport } from '../report/credit-report-schema.js';
import { requestReport } from './request-report.js';

/** What `reports.get` takes. */
export interface GetReportOptions extends CallOptions {
  /** 查询用途 (1–200 characters). */
  purpose: string;
  /**
   * The subject's written authorisation or the legal basis of the query. Required for a natural person;
   * for a USCC subject the purpose stands as the basis when absent.
   */
  authorization?: string | undefined;
  subjectName?: string | undefined;
  /** The whole wait, request and polls; default the client's `poll.timeoutMs`. */
  timeoutMs?: number | undefined;
}

/**
 * `reports.get`: requests a report and waits for it, polling with backoff under one deadline; resolves
 * with the report, throws `E_REPORT_FAILED` when the platform failed the task and `E_TIMEOUT` past
 * `timeoutMs`. Use `reports.request` instead when the wait must survive a restart.
 *
 * @example
 * const report = await client.reports.get({ uscc: '91420113CB0001027L' },
 *   { purpose: '政府采购供应商资格审查', timeoutMs: 30_000 });
 * report.sections.find((section) => section.key === 'penalties')?.items.length;
 */
export async function getReport(
  caller: PlatformCaller,
  subject: SubjectRef,
  options: GetReportOptions,
): Promise<PlatformCreditReport> {
  const { clock } = caller.options.http;
  const started = clock();
  const timeoutMs = options.timeoutMs ?? caller.options.poll.timeoutMs;
  // PIPL art. 13: a natural person's report needs their consent; a company's is public credit information.
  const authorization =
    options.authorization ?? ('uscc' in subjectKeyOf(subject) ? options.purpose.slice(0, 128) : undefined);
  if (authorization === undefined) {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: "[reports.get] authorization is required for a natural person's report",
    });
  }
  const poller = await requestReport(caller, subject, {
    purpose: options.purpose,
    authorization,
    subjectName: options.subjectName,
    signal: options.signal,
  });
  return poller.wait({ timeoutMs: Math.max(1, timeoutMs - (clock() - started)), signal: options.signal });
}
