import { type CreditPlatformProfile, renameWireFields, resolvePath, type WireRow } from '@credit-bridge/core';
import type { WireReport } from '../../state/credit/build-report.js';
import type { ReportRequest, ReportTask } from '../../state/credit/report-desk.js';
import { shanghaiSeconds } from '../../state/credit/shanghai-seconds.js';
import { type Answer, renameIssues, successAnswer } from '../answer.js';
import {
  isObject,
  notFoundAnswer,
  paramTypeAnswer,
  queryParam,
  type Read,
  readJsonBody,
  requiredAnswer,
  validationAnswer,
} from '../request-input.js';
import type { OperationContext } from './operation-context.js';

const VERIFICATION_CODE = /^[0-9A-HJ-NP-Z]{8}$/;
const TEXT_LIMITS = { subjectName: 200, purpose: 200, authorizationRef: 128 } as const;

/**
 * `reportsCreate`: `{ subject: { uscc } | { idNumber }, subjectName?, purpose, authorizationRef }`; 202 with
 * the pending task, `Location` of the task and `Retry-After` of the generation delay.
 */
export function createReport(context: OperationContext): Answer {
  const { platform, profile } = context;
  const request = readReportRequest(context);
  if (!request.ok) return request.answer;
  const task = platform.state.reports.create(request.value, platform.clock.now());
  const delaySeconds = Math.max(0, Math.ceil((task.readyAt - task.createdAt) / 1000));
  return successAnswer(context, taskData(profile, task, undefined), 202, {
    location: resolvePath(profile, 'reportTask', { taskId: task.taskId }),
    'retry-after': String(delaySeconds),
  });
}

/** `reportTask`: the task, `pending`, `ready` with the report inline, or `failed` with the reason. */
export function getReportTask(context: OperationContext): Answer {
  const { platform, profile } = context;
  const task = platform.state.reports.task(context.params.taskId ?? '');
  if (task === undefined) return notFoundAnswer(context);
  const issued = task.reportNo === undefined ? undefined : platform.state.reports.report(task.reportNo);
  return successAnswer(context, taskData(profile, task, issued?.report));
}

/** `reportGet`: a report issued earlier; 404 when unknown. */
export function getReport(context: OperationContext): Answer {
  const issued = context.platform.state.reports.report(context.params.reportNo ?? '');
  if (issued === undefined) return notFoundAnswer(context);
  return successAnswer(context, renameReport(context.profile, issued.report));
}

/** `reportVerify`: 200 `{ reportNo, valid, … }`; the code is required and has the contract's form. */
export function verifyReport(context: OperationContext): Answer {
  const name = context.profile.query.verificationCode;
  const code = queryParam(context, name);
  if (code === undefined) return requiredAnswer(context, name);
  if (code === null || !VERIFICATION_CODE.test(code)) {
    return paramTypeAnswer(context, name, 'must be 8 characters of [0-9A-HJ-NP-Z]');
  }
  const reportNo = context.params.reportNo ?? '';
  const verdict = context.platform.state.reports.verify(reportNo, code);
  return successAnswer(context, {
    reportNo,
    valid: verdict.valid,
    ...(verdict.generatedAt === undefined ? {} : { generatedAt: shanghaiSeconds(verdict.generatedAt) }),
    ...(verdict.subjectName === undefined ? {} : { subjectName: verdict.subjectName }),
    ...(verdict.issuer === undefined ? {} : { issuer: verdict.issuer }),
  });
}

function taskData(profile: CreditPlatformProfile, task: ReportTask, report: WireReport | undefined) {
  const head = { taskId: task.taskId, status: task.status, createdAt: shanghaiSeconds(task.createdAt) };
  const completedAt =
    task.completedAt === undefined ? {} : { completedAt: shanghaiSeconds(task.completedAt) };
  switch (task.status) {
    case 'pending':
      return head;
    case 'ready':
      return {
        ...head,
        ...completedAt,
        reportNo: task.reportNo,
        report: report && renameReport(profile, report),
      };
    case 'failed':
      return { ...head, ...completedAt, failure: task.failure && renameIssues(profile, [task.failure])[0] };
  }
}

function renameReport(profile: CreditPlatformProfile, report: WireReport): WireReport {
  return Object.fromEntries(
    Object.entries(report).map(([key, value]) => [
      key,
      typeof value === 'string'
        ? value
        : value.map((row: WireRow) => renameWireFields(profile, row, 'toPlatform')),
    ]),
  );
}

function readReportRequest(context: OperationContext): Read<ReportRequest> {
  const names = context.profile.query;
  const body = readJsonBody(context);
  if (!body.ok) return body;
  const fail = (answer: Answer): Read<ReportRequest> => ({ ok: false, answer });
  if (!isObject(body.value)) return fail(validationAnswer(context, 'body', 'must be a JSON object'));
  const input = body.value;
  const extra = Object.keys(input).find((key) => !['subject', ...Object.keys(TEXT_LIMITS)].includes(key));
  if (extra !== undefined) return fail(validationAnswer(context, extra, 'is not a property of the request'));
  for (const field of ['subject', 'purpose', 'authorizationRef'] as const) {
    if (input[field] === undefined) return fail(requiredAnswer(context, field));
  }
  for (const [field, max] of Object.entries(TEXT_LIMITS)) {
    const value = input[field];
    if (value !== undefined && (typeof value !== 'string' || value.length < 1 || value.length > max)) {
      return fail(validationAnswer(context, field, `must be a string of 1 to ${max} characters`));
    }
  }
  const subject = isObject(input.subject) ? Object.entries(input.subject) : [];
  const [name, value] = subject[0] ?? [];
  if (subject.length !== 1 || typeof value !== 'string' || (name !== names.uscc && name !== names.idNumber)) {
    return fail(validationAnswer(context, 'subject', `must be { ${names.uscc} } or { ${names.idNumber} }`));
  }
  return {
    ok: true,
    value: {
      subject: name === names.uscc ? { uscc: value } : { idNumber: value },
      purpose: input.purpose as string,
      authorizationRef: input.authorizationRef as string,
      ...(typeof input.subjectName === 'string' ? { subjectName: input.subjectName } : {}),
    },
  };
}
