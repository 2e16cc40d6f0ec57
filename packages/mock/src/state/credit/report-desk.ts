import { maskName, todayInShanghai } from '@credit-bridge/core';
import { createIdSource } from '../id-source.js';
import { buildReport, latestSubject, type WireReport } from './build-report.js';
import type { CreditData } from './credit-data.js';
import type { Issue, SubjectKey } from './credit-types.js';
import type { ReportIssuer } from './report-issuer.js';
import { checkSubjectKey } from './subject-key.js';

/** A report request as the contract's `ReportRequest`. */
export interface ReportRequest {
  readonly subject: SubjectKey;
  readonly subjectName?: string;
  readonly purpose: string;
  readonly authorizationRef: string;
}

/** A report task: `pending` until its delay has passed, then `ready` or `failed`. */
export interface ReportTask {
  readonly taskId: string;
  readonly status: 'pending' | 'ready' | 'failed';
  readonly request: ReportRequest;
  /** Epoch milliseconds. */
  readonly createdAt: number;
  readonly readyAt: number;
  readonly completedAt?: number;
  readonly reportNo?: string;
  readonly failure?: Issue;
}

/** A report the platform issued. */
export interface IssuedReport {
  readonly reportNo: string;
  readonly verificationCode: string;
  readonly generatedAt: number;
  readonly subjectName: string;
  readonly naturalPerson: boolean;
  readonly issuer: ReportIssuer;
  readonly report: WireReport;
}

/** The answer to a verification: the report's public facts when number and code match. */
export interface ReportVerification {
  readonly valid: boolean;
  readonly generatedAt?: number;
  /** Masked (surname kept) for a natural person. */
  readonly subjectName?: string;
  readonly issuer?: string;
}

/** Report tasks and issued reports. */
export interface ReportDesk {
  create(request: ReportRequest, now: number): ReportTask;
  /** Completes every pending task whose delay has passed, from the data as it is now. */
  advance(data: CreditData, now: number): void;
  task(taskId: string): ReportTask | undefined;
  report(reportNo: string): IssuedReport | undefined;
  verify(reportNo: string, code: string): ReportVerification;
  tasks(): readonly ReportTask[];
  reports(): readonly IssuedReport[];
  clear(): void;
}

/** Options of {@link createReportDesk}. */
export interface ReportDeskOptions {
  /** Seeds task ids and verification codes; `clear` starts the sequence again. */
  readonly seed: number;
  /** How long a task stays pending, in milliseconds. */
  readonly delayMs: number;
  /** The region code in report numbers (`XYBG` + region + date + sequence). */
  readonly regionCode: string;
  readonly issuer: ReportIssuer;
}

/**
 * Creates the report desk: tasks complete `delayMs` after creation, on the first `advance` at or after that
 * time, from the platform's data as it is then. A task fails for an identifier that fails its check, a
 * subject the platform holds no record of (`E_SUBJECT_UNKNOWN`) or a `subjectName` that differs from the
 * register (`E_SUBJECT_NAME_MISMATCH`). Task ids, report numbers and verification codes follow from the
 * seed, so runs repeat.
 *
 * @example
 * const desk = createReportDesk({ seed: 1, delayMs: 2000, regionCode: '420100', issuer: DEFAULT_REPORT_ISSUER });
 * const task = desk.create({ subject: { uscc }, purpose: '政府采购供应商资格审查', authorizationRef: 'SQ-1' }, now);
 */
export function createReportDesk(options: ReportDeskOptions): ReportDesk {
  let tasks = new Map<string, ReportTask>();
  let reports = new Map<string, IssuedReport>();
  let sequence = 0;
  let ids = createIdSource(options.seed);

  const complete = (data: CreditData, task: ReportTask): ReportTask => {
    const completedAt = task.readyAt;
    const today = todayInShanghai(completedAt);
    const fail = (failure: Issue): ReportTask => ({ ...task, status: 'failed', completedAt, failure });
    const checked = checkSubjectKey(task.request.subject, today);
    if (!checked.ok) return fail(checked.issue);
    const subject = latestSubject(data, checked.key);
    if (subject === undefined) {
      return fail({
        code: 'E_SUBJECT_UNKNOWN',
        field: 'subject',
        message: 'the platform holds no record of this subject',
      });
    }
    const wanted = task.request.subjectName;
    if (wanted !== undefined && wanted.replace(/\s/g, '') !== subject.name.replace(/\s/g, '')) {
      return fail({
        code: 'E_SUBJECT_NAME_MISMATCH',
        field: 'subjectName',
        message: 'the name does not match the register for this subject',
      });
    }
    sequence += 1;
    const reportNo = `XYBG${options.regionCode}${today.replaceAll('-', '')}${String(sequence).padStart(6, '0')}`;
    const verificationCode = ids.verificationCode();
    const report = buildReport(data, {
      key: checked.key,
      subject,
      purpose: task.request.purpose,
      reportNo,
      verificationCode,
      generatedAt: completedAt,
      today,
      issuer: options.issuer,
    });
    reports.set(reportNo, {
      reportNo,
      verificationCode,
      generatedAt: completedAt,
      subjectName: subject.name,
      naturalPerson: subject.category === 'natural_person',
      issuer: options.issuer,
      report,
    });
    return { ...task, status: 'ready', completedAt, reportNo };
  };

  return {
    create(request, now) {
      const task: ReportTask = {
        taskId: ids.uuid(),
        status: 'pending',
        request,
        createdAt: now,
        readyAt: now + options.delayMs,
      };
      tasks.set(task.taskId, task);
      return task;
    },
    advance(data, now) {
      for (const task of tasks.values()) {
        if (task.status === 'pending' && task.readyAt <= now) tasks.set(task.taskId, complete(data, task));
      }
    },
    task: (taskId) => tasks.get(taskId),
    report: (reportNo) => reports.get(reportNo),
    verify(reportNo, code) {
      const issued = reports.get(reportNo);
      if (issued === undefined || issued.verificationCode !== code) return { valid: false };
      return {
        valid: true,
        generatedAt: issued.generatedAt,
        subjectName: issued.naturalPerson ? maskName(issued.subjectName) : issued.subjectName,
        issuer: issued.issuer.name,
      };
    },
    tasks: () => [...tasks.values()],
    reports: () => [...reports.values()],
    clear() {
      tasks = new Map();
      reports = new Map();
      sequence = 0;
      ids = createIdSource(options.seed);
    },
  };
}
