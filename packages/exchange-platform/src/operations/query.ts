import {
  type BlacklistEntry,
  blacklistEntrySchema,
  CreditBridgeError,
  type ExchangeCreditReport,
  exchangeCreditReportSchema,
  fromWireRecord,
} from '@credit-bridge/core';
import { z } from 'zod';
import type { ExchangeCaller } from '../internal/create-exchange-caller.js';
import { reportFromWire } from '../internal/report-from-wire.js';
import { type ExchangeSubjectKey, requireSubjectKey } from '../model/subject-key.js';

/** What a shared query asks: `report` (the latest 信用报告) or `blacklist` (entries in publication now). */
export type QueryKind = 'report' | 'blacklist';

/** Why the query is made: both are logged with it by the platform. */
export interface QueryOptions {
  /** 查询用途, 1–200 characters. */
  purpose: string;
  /** 授权书编号 or the legal basis, 1–128 characters. */
  authorizationRef: string;
  /** Only for `report`: a report by number (`XYBG` + 20 digits) instead of the latest. */
  reportNo?: string | undefined;
  signal?: AbortSignal | undefined;
}

/** The subject's blacklist status: the entries in publication now, typed. */
export interface BlacklistQueryResult {
  queryType: 'blacklist_status';
  queryId: string;
  listed: boolean;
  entries: BlacklistEntry[];
  answeredAt: string;
}

/** The subject's latest credit report (XYBG), typed, when one was issued. */
export type ReportQueryResult = {
  queryType: 'credit_report';
  queryId: string;
  answeredAt: string;
} & ({ found: true; report: ExchangeCreditReport } | { found: false });

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const wireRow = z.record(z.string(), z.unknown());

const answerSchema = z.discriminatedUnion('queryType', [
  z.strictObject({
    queryId: z.string().regex(UUID),
    queryType: z.literal('blacklist_status'),
    listed: z.boolean(),
    entries: z.array(wireRow.transform((row) => fromWireRecord('blacklist', row)).pipe(blacklistEntrySchema)),
    answeredAt: z.string().min(1),
  }),
  z.strictObject({
    queryId: z.string().regex(UUID),
    queryType: z.literal('credit_report'),
    found: z.boolean(),
    report: wireRow.transform(reportFromWire).pipe(exchangeCreditReportSchema).optional(),
    answeredAt: z.string().min(1),
  }),
]);

const reportSchema = answerSchema.options[1].refine(
  (answer) => answer.found === (answer.report !== undefined),
  {
    message: 'a report exactly when found is true',
    path: ['report'],
  },
);

function argument(message: string): CreditBridgeError {
  return new CreditBridgeError({ code: 'E_ARGUMENT', message: `[query] ${message}` });
}

function checkOptions(kind: QueryKind, options: QueryOptions): void {
  if (typeof options.purpose !== 'string' || options.purpose.length < 1 || options.purpose.length > 200) {
    throw argument('purpose must be 1–200 characters');
  }
  if (
    typeof options.authorizationRef !== 'string' ||
    options.authorizationRef.length < 1 ||
    options.authorizationRef.length > 128
  ) {
    throw argument('authorizationRef must be 1–128 characters');
  }
  if (options.reportNo !== undefined && (kind !== 'report' || !/^XYBG[0-9]{20}$/.test(options.reportNo))) {
    throw argument('reportNo is XYBG and 20 digits, and only for a report query');
  }
}

/**
 * `query`: a shared query (共享查询) about one subject, by USCC or identity number: `blacklist` answers
 * the entries in publication now, as typed `BlacklistEntry` records; `report` answers the subject's latest
 * credit report (or `reportNo`) as a typed XYBG report (`ExchangeCreditReport`), or `found: false`. The
 * subject key, purpose and authorisation are checked before anything is sent; the answer is validated
 * against the contract and the record schemas (`ContractError` with the path otherwise).
 *
 * @example
 * const status = await client.query({ uscc: '91420111CB0001035J' }, 'blacklist',
 *   { purpose: '行政审批前信用核查', authorizationRef: 'SQ-420111-2026-000001' });
 * if (status.listed) refuse(status.entries);
 */
export async function query(
  caller: ExchangeCaller,
  subject: ExchangeSubjectKey,
  kind: QueryKind,
  options: QueryOptions,
): Promise<BlacklistQueryResult | ReportQueryResult> {
  if (kind !== 'report' && kind !== 'blacklist') throw argument('the query is "report" or "blacklist"');
  const key = requireSubjectKey('query', subject);
  checkOptions(kind, options);
  const body = JSON.stringify({
    queryType: kind === 'report' ? 'credit_report' : 'blacklist_status',
    subject: key,
    purpose: options.purpose,
    authorizationRef: options.authorizationRef,
    ...(options.reportNo === undefined ? {} : { reportNo: options.reportNo }),
  });
  const call = {
    op: 'sharedQuery',
    operation: `query.${kind}`,
    body,
    contentType: 'application/json; charset=utf-8',
    // A query reads; repeating one only logs it again.
    repeatable: true,
    signal: options.signal,
  } as const;
  if (kind === 'blacklist') {
    const answer = await caller.json({ ...call, data: answerSchema.options[0] });
    return answer.data;
  }
  const answer = await caller.json({ ...call, data: reportSchema });
  const { report, ...rest } = answer.data;
  return report === undefined ? { ...rest, found: false } : { ...rest, found: true, report };
}
