import { type RecordOf, type RecordType, todayInShanghai, type WireRow } from '@credit-bridge/core';
import type { MockClock } from '../clock.js';
import { blacklistInPublication } from './blacklist-in-publication.js';
import { penaltyInPublication } from './build-report.js';
import type { FeedPage } from './change-feed.js';
import { type CreditData, clearCreditData, createCreditData, endedKey } from './credit-data.js';
import type { BatchOutcome, BlacklistChange, RepairChange, SubjectKey } from './credit-types.js';
import { createReportDesk, type ReportDesk } from './report-desk.js';
import { DEFAULT_REPORT_ISSUER, type ReportIssuer } from './report-issuer.js';
import { submitRecords } from './submit-records.js';

/** Options of {@link createCreditState}. */
export interface CreditStateOptions {
  readonly clock: MockClock;
  /** Seeds task ids and verification codes; default 1. */
  readonly seed?: number;
  /** How long report tasks stay pending; default 2,000 ms. */
  readonly reportDelayMs?: number;
  /** Region code in report numbers; default `420100` (武汉市). */
  readonly regionCode?: string;
  readonly issuer?: ReportIssuer;
}

/** Counts for the admin API and assertions. */
export interface CreditStateSummary {
  readonly records: Readonly<Record<RecordType, number>>;
  readonly blacklistFeed: { readonly items: number; readonly head: string };
  readonly repairFeed: { readonly items: number; readonly head: string };
  readonly endedPublications: number;
  readonly reportTasks: Readonly<Record<'pending' | 'ready' | 'failed', number>>;
  readonly reports: number;
}

/** The credit platform's data and its operations, pure: the clock says when, nothing does I/O. */
export interface CreditState {
  readonly data: CreditData;
  readonly reports: ReportDesk;
  /** Judges and applies a batch of wire rows (core wire names), in input order. */
  submit(type: RecordType, rows: readonly unknown[]): BatchOutcome;
  /** The blacklist entries of a subject in publication now (the key already checked). */
  checkBlacklist(key: SubjectKey): WireRow[];
  blacklistChanges(cursor: string | undefined, limit: number): FeedPage<BlacklistChange> | undefined;
  repairChanges(cursor: string | undefined, limit: number): FeedPage<RepairChange> | undefined;
  /** The newest version of a repair as a wire row. */
  repair(repairId: string): WireRow | undefined;
  /** Completes the report tasks that are due; the router calls it before every request. */
  advance(): void;
  /** The newest version of every record of a type. */
  records<T extends RecordType>(type: T): RecordOf<T>[];
  /** Whether a penalty or blacklist entry is in publication today (false when unknown). */
  isPublished(type: 'penalty' | 'blacklist', recordId: string): boolean;
  /** The platform's calendar day. */
  today(): string;
  summary(): CreditStateSummary;
  /** Forgets every record, change, task and report. */
  clear(): void;
}

/**
 * Creates the credit platform's state: a versioned store per record type, the blacklist and repair change
 * feeds, publications ended by approved repairs, and report tasks.
 *
 * @example
 * const state = createCreditState({ clock: createManualClock(Date.parse('2026-01-06T09:00:00+08:00')) });
 * state.submit('blacklist', [row]).results[0]?.status; // 'accepted'
 */
export function createCreditState(options: CreditStateOptions): CreditState {
  const { clock } = options;
  const data = createCreditData();
  const reports = createReportDesk({
    seed: options.seed ?? 1,
    delayMs: options.reportDelayMs ?? 2000,
    regionCode: options.regionCode ?? '420100',
    issuer: options.issuer ?? DEFAULT_REPORT_ISSUER,
  });
  const today = (): string => todayInShanghai(clock.now());
  return {
    data,
    reports,
    submit: (type, rows) => submitRecords(data, type, rows, { now: clock.now(), today: today() }),
    checkBlacklist: (key) => blacklistInPublication(data, key, today()).map(({ wire }) => wire),
    blacklistChanges: (cursor, limit) => data.blacklistFeed.page(cursor, limit),
    repairChanges: (cursor, limit) => data.repairFeed.page(cursor, limit),
    repair: (repairId) => data.stores.repair.latest(repairId)?.wire,
    advance: () => reports.advance(data, clock.now()),
    records: <T extends RecordType>(type: T) =>
      (data.stores[type] as unknown as { all(): { record: RecordOf<T> }[] })
        .all()
        .map(({ record }) => record),
    isPublished(type, recordId) {
      if (type === 'penalty') {
        const penalty = data.stores.penalty.latest(recordId)?.record;
        return penalty !== undefined && penaltyInPublication(data, penalty, today());
      }
      const entry = data.stores.blacklist.latest(recordId)?.record;
      if (entry === undefined || data.ended.has(endedKey('blacklist', recordId))) return false;
      const key =
        entry.subject.category === 'natural_person'
          ? { idNumber: entry.subject.idNumber }
          : { uscc: entry.subject.uscc };
      return blacklistInPublication(data, key, today()).some(({ record }) => record.recordId === recordId);
    },
    today,
    summary() {
      const tasks = reports.tasks();
      const count = (status: 'pending' | 'ready' | 'failed') =>
        tasks.filter((task) => task.status === status).length;
      return {
        records: {
          penalty: data.stores.penalty.size(),
          license: data.stores.license.size(),
          blacklist: data.stores.blacklist.size(),
          repair: data.stores.repair.size(),
        },
        blacklistFeed: { items: data.blacklistFeed.items().length, head: data.blacklistFeed.head() },
        repairFeed: { items: data.repairFeed.items().length, head: data.repairFeed.head() },
        endedPublications: data.ended.size,
        reportTasks: { pending: count('pending'), ready: count('ready'), failed: count('failed') },
        reports: reports.reports().length,
      };
    },
    clear() {
      clearCreditData(data);
      reports.clear();
    },
  };
}
