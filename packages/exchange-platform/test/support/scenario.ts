import type { BlacklistEntry, LicenseRecord, PenaltyRecord, RepairRecord } from '@credit-bridge/core';
import { corruptRecord, createRandom, generateRecords } from '@credit-bridge/core/testing';
import {
  type BlacklistQueryResult,
  type CatalogResource,
  createMemoryProcessedStore,
  type ExchangeClient,
  type InboxRun,
  type PublishOutcome,
  type ReportQueryResult,
} from '../../src/index.js';
import { RECEIVER } from './departments.js';
import type { ExchangeFixture } from './exchange-fixture.js';

/** Synthetic records of every type, with one penalty broken so the platform has something to reject. */
export interface ScenarioData {
  penalties: PenaltyRecord[];
  licenses: LicenseRecord[];
  blacklist: BlacklistEntry[];
  repairs: RepairRecord[];
}

/** The position of the penalty whose USCC check character is wrong. */
export const BROKEN_PENALTY = 3;

/** Seeded synthetic data; the penalty at {@link BROKEN_PENALTY} carries a wrong USCC check character. */
export function scenarioData(seed: number, count = 12): ScenarioData {
  const penalties = generateRecords('penalty', { seed, count });
  const broken = penalties[BROKEN_PENALTY];
  if (broken !== undefined) {
    penalties[BROKEN_PENALTY] = corruptRecord(
      createRandom(seed),
      broken,
      'uscc_checksum',
    ) as unknown as PenaltyRecord;
  }
  return {
    penalties,
    licenses: generateRecords('license', { seed: seed + 1, count }),
    blacklist: generateRecords('blacklist', { seed: seed + 2, count }),
    repairs: generateRecords('repair', { seed: seed + 3, count: Math.max(2, Math.floor(count / 2)) }),
  };
}

/** What one handled inbox message was. */
export interface Handled {
  messageId: string;
  messageType: string;
  recordIds: string[];
}

/** What a full run returned. */
export interface ScenarioResult {
  /** Each type published in slices of {@link SLICE} records: one call, one message each. */
  published: Record<keyof ScenarioData, PublishOutcome[]>;
  /** The penalties published again a day later, in the same slices. */
  rerun: PublishOutcome[];
  inbox: InboxRun;
  handled: Handled[];
  /** The receipts the publisher found in its own inbox, by the message they answer. */
  receipts: { correlationId: string | undefined; status: string }[];
  catalog: CatalogResource[];
  blacklist: BlacklistQueryResult;
  report: ReportQueryResult;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Records per publish call in a scenario, so that a run makes many messages (and many requests). */
export const SLICE = 5;
const WHY = { purpose: '行政审批前信用核查（测试）', authorizationRef: 'SQ-420113-2026-000001' };

/** The records of a handled message, by record id. */
function recordIdsOf(message: Parameters<Parameters<ExchangeClient['inbox']>[0]['handler']>[0]): string[] {
  if (message.messageType === 'RECEIPT') return [];
  return message.records.map((record) => record.recordId);
}

/**
 * Every operation once, the way two departments use them: the publisher publishes records of every type
 * to the receiver, and the penalties again a day later; the receiver processes its inbox; the publisher
 * reads the receipts in its own inbox; the receiver reads the catalog and queries a listed subject's
 * status and a penalised company's report.
 */
export async function runScenario(fixture: ExchangeFixture, data: ScenarioData): Promise<ScenarioResult> {
  const publisher = fixture.publisher();
  const receiver = fixture.receiver();
  const to = { receiverCode: RECEIVER.code };
  const inSlices = async <T>(records: readonly T[], publish: (slice: T[]) => Promise<PublishOutcome>) => {
    const outcomes: PublishOutcome[] = [];
    for (let start = 0; start < records.length; start += SLICE) {
      outcomes.push(await publish(records.slice(start, start + SLICE)));
    }
    return outcomes;
  };
  const published = {
    penalties: await inSlices(data.penalties, (slice) =>
      publisher.publish(slice, { ...to, messageType: 'XZCF', resourceCode: 'WH-XZCF' }),
    ),
    licenses: await inSlices(data.licenses, (slice) =>
      publisher.publish(slice, { ...to, messageType: 'XZXK', resourceCode: 'WH-XZXK' }),
    ),
    blacklist: await inSlices(data.blacklist, (slice) =>
      publisher.publish(slice, { ...to, messageType: 'SXMD', resourceCode: 'WH-SXMD' }),
    ),
    repairs: await inSlices(data.repairs, (slice) =>
      publisher.publish(slice, { ...to, messageType: 'XYXF', resourceCode: 'WH-XYXF' }),
    ),
  };
  fixture.clock.advance(DAY_MS);
  const rerun = await inSlices(data.penalties, (slice) =>
    publisher.publish(slice, { ...to, messageType: 'XZCF', resourceCode: 'WH-XZCF' }),
  );

  const handled: Handled[] = [];
  const inbox = await receiver.inbox({
    store: createMemoryProcessedStore(),
    handler: (message) => {
      handled.push({
        messageId: message.header.messageId,
        messageType: message.messageType,
        recordIds: recordIdsOf(message),
      });
    },
  });
  const receipts: ScenarioResult['receipts'] = [];
  await publisher.inbox({
    store: createMemoryProcessedStore(),
    handler: (message) => {
      if (message.messageType === 'RECEIPT') {
        receipts.push({ correlationId: message.header.correlationId, status: message.receipt.status });
      }
    },
  });

  const catalog = await receiver.catalog();
  const listed = data.blacklist.find((entry) => entry.subject.category !== 'natural_person');
  const company = data.penalties.find(
    (penalty, index) => index !== BROKEN_PENALTY && 'uscc' in penalty.subject,
  );
  if (
    listed === undefined ||
    !('uscc' in listed.subject) ||
    company === undefined ||
    !('uscc' in company.subject)
  ) {
    throw new Error('the scenario needs a listed organisation and a penalised company');
  }
  const blacklist = await receiver.query({ uscc: listed.subject.uscc }, 'blacklist', WHY);
  const report = await receiver.query({ uscc: company.subject.uscc }, 'report', WHY);
  return { published, rerun, inbox, handled, receipts, catalog, blacklist, report };
}

const VOLATILE = new Set([
  'requestId',
  'attempts',
  'receivedTime',
  'receiptMessageId',
  'queryId',
  'answeredAt',
  'reportNo',
  'verificationCode',
  'generatedAt',
  'cursor',
]);

/** A result without what legitimately differs between runs: times, request ids, attempts, report numbers. */
export function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !VOLATILE.has(key))
      .map(([key, inner]) => [key, stable(inner)]),
  );
}
