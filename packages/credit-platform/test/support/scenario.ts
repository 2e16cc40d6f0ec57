import type { BlacklistEntry, LicenseRecord, PenaltyRecord, RepairRecord } from '@credit-bridge/core';
import { corruptRecord, createRandom, generateRecords } from '@credit-bridge/core/testing';
import type {
  BlacklistChange,
  BlacklistCheckManyResult,
  BlacklistCheckResult,
  CreditPlatformClient,
  PlatformCreditReport,
  RepairChange,
  ReportVerification,
  SubjectRef,
  SubmitOutcome,
} from '../../src/index.js';

/** Synthetic records of every type, with one penalty broken so the local pre-check has work to do. */
export interface ScenarioData {
  blacklist: BlacklistEntry[];
  penalties: PenaltyRecord[];
  licenses: LicenseRecord[];
  repairs: RepairRecord[];
}

/**
 * Seeded synthetic data: blacklist entries, penalties (the fourth broken by a wrong USCC check
 * character), licences and repairs.
 */
export function scenarioData(seed: number, count = 12): ScenarioData {
  const penalties = generateRecords('penalty', { seed, count });
  const broken = penalties[3];
  if (broken !== undefined) {
    penalties[3] = corruptRecord(createRandom(seed), broken, 'uscc_checksum') as unknown as PenaltyRecord;
  }
  return {
    blacklist: generateRecords('blacklist', { seed: seed + 1, count }),
    penalties,
    licenses: generateRecords('license', { seed: seed + 2, count }),
    repairs: generateRecords('repair', { seed: seed + 3, count: Math.max(2, Math.floor(count / 2)) }),
  };
}

/** What a full run returned. */
export interface ScenarioResult {
  submitted: Record<'blacklist' | 'penalties' | 'licenses' | 'repairs', SubmitOutcome>;
  rerun: SubmitOutcome;
  checks: BlacklistCheckResult[];
  many: BlacklistCheckManyResult[];
  blacklistChanges: BlacklistChange[];
  /** The blacklist feed's cursor where the first pass stopped, and where the resumed pass ended. */
  cursors: { stoppedAt: string | undefined; head: string | undefined };
  repairChanges: RepairChange[];
  repair: RepairRecord;
  report: PlatformCreditReport;
  verification: ReportVerification;
  forged: ReportVerification;
  fetched: PlatformCreditReport;
}

/** A subject key the contract cannot take, for `checkMany`'s local check. */
export const MALFORMED_SUBJECT: SubjectRef = { uscc: '9142ABC' };

/**
 * Every operation once, the way a district system uses them: submissions of every type (and a re-run of
 * the penalties), single and batched checks, the blacklist feed read in two passes with the cursor
 * saved in between, the repair feed, a repair by id, and a report requested, saved as JSON, resumed,
 * waited for, verified (and a forged code refused) and fetched again by number.
 */
export async function runScenario(client: CreditPlatformClient, data: ScenarioData): Promise<ScenarioResult> {
  const submitted = {
    blacklist: await client.blacklist.submit(data.blacklist),
    penalties: await client.penalties.submit(data.penalties),
    licenses: await client.licenses.submit(data.licenses),
    repairs: await client.repairs.submit(data.repairs),
  };
  const rerun = await client.penalties.submit(data.penalties);
  const checks: BlacklistCheckResult[] = [];
  for (const entry of data.blacklist) checks.push(await client.blacklist.check(entry.subject));
  const many = await client.blacklist.checkMany([
    ...data.blacklist.map((entry) => entry.subject),
    MALFORMED_SUBJECT,
    ...data.penalties.slice(0, 3).map((penalty) => penalty.subject),
  ]);

  const blacklistChanges: BlacklistChange[] = [];
  const first = client.blacklist.changes({ limit: 5 });
  for await (const change of first) {
    blacklistChanges.push(change);
    if (blacklistChanges.length === 7) break;
  }
  const stoppedAt = JSON.parse(JSON.stringify({ cursor: first.cursor })).cursor as string | undefined;
  const resumed = client.blacklist.changes({ cursor: stoppedAt, limit: 5 });
  for await (const change of resumed) blacklistChanges.push(change);

  const repairChanges: RepairChange[] = [];
  for await (const page of client.repairs.changes().pages()) repairChanges.push(...page.items);
  const firstRepair = data.repairs[0];
  if (firstRepair === undefined) throw new Error('the scenario needs repairs');
  const repair = await client.repairs.get(firstRepair.recordId);

  const listed = data.blacklist[0];
  if (listed === undefined) throw new Error('the scenario needs blacklist entries');
  const poller = await client.reports.request(listed.subject, {
    purpose: '政府采购供应商资格审查（测试）',
    authorization: 'SQ-420100-2026-000001',
  });
  const saved = JSON.stringify(poller);
  const report = await client.reports.resume(JSON.parse(saved)).wait({ timeoutMs: 120_000 });
  const verification = await client.reports.verify(report.reportNo, report.verificationCode);
  const forged = await client.reports.verify(
    report.reportNo,
    report.verificationCode === 'ABCDEFGH' ? 'HGFEDCBA' : 'ABCDEFGH',
  );
  const fetched = await client.reports.fetch(report.reportNo);
  return {
    submitted,
    rerun,
    checks,
    many,
    blacklistChanges,
    cursors: { stoppedAt, head: resumed.cursor },
    repairChanges,
    repair,
    report,
    verification,
    forged,
    fetched,
  };
}

const VOLATILE = new Set([
  'checkedAt',
  'changedAt',
  'generatedAt',
  'requestId',
  'attempts',
  'replayed',
  'batches',
]);

/** A result without what legitimately differs between runs: times, request ids, attempts, receipts. */
export function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !VOLATILE.has(key))
      .map(([key, inner]) => [key, stable(inner)]),
  );
}

/** Records in the order the client sends them: by record id, then version. */
export function byRecordId<T extends { recordId: string; version: number }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) =>
    a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : a.version - b.version,
  );
}
