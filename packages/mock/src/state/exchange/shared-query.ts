import type { WireRow } from '@credit-bridge/core';
import { blacklistInPublication } from '../credit/blacklist-in-publication.js';
import type { WireReport } from '../credit/build-report.js';
import type { SubjectKey } from '../credit/credit-types.js';
import type { ExchangeParts } from './exchange-types.js';

/** A shared query (共享查询) as the contract's `QueryRequest`, its subject already checked. */
export interface SharedQueryRequest {
  readonly queryType: 'blacklist_status' | 'credit_report';
  readonly subject: SubjectKey;
  readonly purpose: string;
  readonly authorizationRef: string;
  /** Only for `credit_report`: that report instead of a new one. */
  readonly reportNo?: string;
  /** The department that asked. */
  readonly departmentCode: string;
}

/** The answer to a shared query, as the contract's `QueryResult` (times in epoch milliseconds). */
export type SharedQueryAnswer =
  | {
      readonly queryId: string;
      readonly queryType: 'blacklist_status';
      readonly listed: boolean;
      readonly entries: readonly WireRow[];
      readonly answeredAt: number;
    }
  | {
      readonly queryId: string;
      readonly queryType: 'credit_report';
      readonly found: boolean;
      readonly report?: WireReport;
      readonly answeredAt: number;
    };

/** A query as the platform logs it: who asked, why, and under what authorisation. */
export interface LoggedQuery {
  readonly queryId: string;
  readonly queryType: SharedQueryRequest['queryType'];
  readonly departmentCode: string;
  readonly purpose: string;
  readonly authorizationRef: string;
  readonly at: number;
  readonly found: boolean;
}

/**
 * Answers a shared query from the shared data: `blacklist_status` lists the subject's blacklist entries
 * in publication today; `credit_report` with a `reportNo` returns that report when the platform holds it
 * for this subject, and without one issues a new report from the shared data (not found when the platform
 * holds no record of the subject). Every query is logged with its purpose and authorisation.
 *
 * @example
 * const answer = runSharedQuery(parts, request, { queryId, now, today }, log);
 */
export function runSharedQuery(
  parts: ExchangeParts,
  request: SharedQueryRequest,
  time: { readonly queryId: string; readonly now: number; readonly today: string },
  log: LoggedQuery[],
): SharedQueryAnswer {
  const { queryId, now, today } = time;
  const logged = (found: boolean) =>
    log.push({
      queryId,
      queryType: request.queryType,
      departmentCode: request.departmentCode,
      purpose: request.purpose,
      authorizationRef: request.authorizationRef,
      at: now,
      found,
    });
  if (request.queryType === 'blacklist_status') {
    const entries = blacklistInPublication(parts.data, request.subject, today).map(({ wire }) => wire);
    logged(entries.length > 0);
    return { queryId, queryType: 'blacklist_status', listed: entries.length > 0, entries, answeredAt: now };
  }
  const held =
    request.reportNo === undefined
      ? parts.reports.issue(parts.data, { key: request.subject, purpose: request.purpose, now, today })
      : parts.reports.find(request.reportNo, request.subject);
  logged(held !== undefined);
  return {
    queryId,
    queryType: 'credit_report',
    found: held !== undefined,
    ...(held === undefined ? {} : { report: held.report }),
    answeredAt: now,
  };
}
