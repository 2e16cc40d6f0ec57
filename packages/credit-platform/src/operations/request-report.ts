import { randomUUID } from 'node:crypto';
import { parseRetryAfter } from '@credit-bridge/http';
import type { PlatformCaller } from '../internal/create-platform-caller.js';
import { requireText } from '../internal/require-text.js';
import { subjectKeyOnWire } from '../internal/subject-key-on-wire.js';
import type { CallOptions } from '../model/call-options.js';
import { requireSubjectKey, type SubjectRef } from '../model/subject-key.js';
import { createReportPoller, type ReportPoller } from '../report/create-report-poller.js';
import { reportTaskAcceptedSchema } from '../report/report-task-schema.js';

/** What a report request states. */
export interface RequestReportOptions extends CallOptions {
  /** 查询用途, printed on the report (1–200 characters). */
  purpose: string;
  /** The subject's written authorisation (授权书编号) or the legal basis of the query (1–128 characters). */
  authorization: string;
  /** When given, the platform checks it against its register and fails the task on a mismatch. */
  subjectName?: string | undefined;
  /**
   * Makes the request itself repeatable across processes: the same key and body within 24 h return the same
   * task. Default a new UUID per call (retries of the call still share it).
   */
  idempotencyKey?: string | undefined;
}

/**
 * `reports.request`: asks the platform to generate a 公共信用信息报告 for a subject and returns a poller
 * for the task. The poller's state is plain JSON: save it, and `reports.resume(state)` continues later.
 *
 * @example
 * const poller = await client.reports.request({ uscc: '91420113CB0001027L' },
 *   { purpose: '政府采购供应商资格审查', authorization: 'SQ-420113-2026-000031' });
 * await saveSomewhere(JSON.stringify(poller));
 * const report = await poller.wait({ timeoutMs: 60_000 });
 */
export async function requestReport(
  caller: PlatformCaller,
  subject: SubjectRef,
  options: RequestReportOptions,
): Promise<ReportPoller> {
  const operation = 'reports.request';
  const key = requireSubjectKey(subject, operation);
  const body = {
    subject: subjectKeyOnWire(caller.profile, key),
    ...(options.subjectName === undefined
      ? {}
      : { subjectName: requireText(operation, 'subjectName', options.subjectName, 200) }),
    purpose: requireText(operation, 'purpose', options.purpose, 200),
    authorizationRef: requireText(operation, 'authorization', options.authorization, 128),
  };
  const answer = await caller.call({
    op: 'reportsCreate',
    operation,
    body: JSON.stringify(body),
    // The key lets the retry layer repeat the POST safely: a retry returns the task already created.
    idempotencyKey: options.idempotencyKey ?? randomUUID(),
    signal: options.signal,
    data: reportTaskAcceptedSchema,
  });
  const now = caller.options.http.clock();
  const firstWait = parseRetryAfter(answer.headers['retry-after'], now) ?? caller.options.poll.initialDelayMs;
  return createReportPoller(
    caller,
    {
      kind: 'credit-platform/report-task',
      version: 1,
      profile: caller.profile.name,
      taskId: answer.data.taskId,
      createdAt: answer.data.createdAt,
      status: 'pending',
      polls: 0,
      nextPollAt: now + firstWait,
    },
    operation,
  );
}
