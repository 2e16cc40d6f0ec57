import { join } from 'node:path';
import type { BlacklistEntry, RepairRecord, WireRow } from '@credit-bridge/core';
import { generateRecords } from '@credit-bridge/core/testing';
import { errorCodeOf } from '@credit-bridge/credit-platform';
import type { CreditPlatform } from '@credit-bridge/mock';
import { afterEach, describe, expect, it } from 'vitest';
import {
  contentHash,
  createSqliteStateStore,
  type DeliveryStatus,
  type DeliveryUpdate,
  type ReconcileDifference,
  reconcile,
  type StateStore,
} from '../../../src/index.js';
import {
  identifierOf,
  keyOf,
  listings,
  submitToPlatform,
  TODAY,
  updateOf,
} from '../../mirror/support/blacklist-data.js';
import type { FixtureFactory, PlatformFixture } from '../../mirror/support/platform-fixture.js';
import { useTempDir } from '../../support/temp-dir.js';

const AT = '2026-06-30T09:00:00.000+08:00';

type Ledgered = {
  recordType: DeliveryUpdate['recordType'];
  record: { recordId: string; version: number };
  status?: DeliveryStatus;
  sink?: string;
};

function deliveries(items: readonly Ledgered[]): DeliveryUpdate[] {
  return items.map(({ recordType, record, status = 'accepted', sink = 'credit-platform' }) => ({
    recordType,
    recordId: record.recordId,
    version: record.version,
    contentHash: contentHash(record),
    sink,
    status,
    at: AT,
  }));
}

/** Replaces the stored newest version of a record in the mock, same version, other content: no feed item. */
function tamper(
  platform: CreditPlatform,
  type: 'blacklist' | 'repair',
  recordId: string,
  wire: Partial<WireRow>,
) {
  const store = platform.state.data.stores[type] as unknown as {
    latest(id: string): { wire: WireRow; version: number; storedAt: number; record: unknown } | undefined;
    put(id: string, version: unknown): void;
  };
  const latest = store.latest(recordId);
  if (latest === undefined) throw new Error(`no ${type} ${recordId} to tamper with`);
  store.put(recordId, { ...latest, wire: { ...latest.wire, ...wire } });
}

function summary(differences: readonly ReconcileDifference[]) {
  return differences
    .map(({ kind, recordType, recordId, source }) => `${kind} ${recordType} ${recordId} ${source}`)
    .sort();
}

/** A district's deliveries, made through the client, and the scenario's records. */
async function deliver(fixture: PlatformFixture) {
  const client = fixture.client();
  const entries = listings(50, 6);
  const repairs = generateRecords('repair', { seed: 51, count: 3, today: TODAY });
  const penalties = generateRecords('penalty', { seed: 52, count: 2, today: TODAY });
  expect((await client.blacklist.submit(entries)).accepted).toBe(6);
  expect((await client.repairs.submit(repairs)).accepted).toBe(3);
  expect((await client.penalties.submit(penalties)).accepted).toBe(2);
  return { client, entries, repairs, penalties };
}

/**
 * Reconciliation against a simulated platform, written once and run in-process and over real sockets: a
 * consistent ledger reports nothing; a crafted scenario, the mock's state changed behind the ledger's back
 * through its handles, reports each kind of difference exactly where it was made.
 */
export function reconcileSuite(factory: FixtureFactory): void {
  const fixture = factory();
  const tempDir = useTempDir();
  const stores: StateStore[] = [];
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
  });

  async function ledgerOf(items: readonly Ledgered[]): Promise<StateStore> {
    const store = await createSqliteStateStore({ path: join(tempDir(), `state-${stores.length}.db`) });
    stores.push(store);
    await store.commit({ deliveries: deliveries(items) });
    return store;
  }

  describe(`reconcile, ${fixture.mode}`, () => {
    it('reports no difference when the ledger and the platform agree, and says what it cannot reconcile', async () => {
      const { client, entries, repairs, penalties } = await deliver(fixture);
      const store = await ledgerOf([
        ...entries.map((record) => ({ recordType: 'blacklist' as const, record })),
        ...repairs.map((record) => ({ recordType: 'repair' as const, record })),
        ...penalties.map((record) => ({ recordType: 'penalty' as const, record })),
        {
          recordType: 'penalty',
          record: penalties[0] as { recordId: string; version: number },
          sink: 'exchange:XZCF',
        },
      ]);
      const report = await reconcile({ store, client, clock: () => fixture.clock.now() });
      expect(report.differences).toEqual([]);
      expect(report).toMatchObject({
        consistent: true,
        startedAt: AT,
        counts: {
          missing_on_platform: 0,
          version_mismatch: 0,
          unknown_to_ledger: 0,
          status_mismatch: 0,
          content_mismatch: 0,
        },
        feeds: { blacklist: { items: 6, records: 6 }, repair: { items: 3, records: 3 } },
        readBacks: { repairs: 3, subjects: new Set(entries.map((entry) => identifierOf(keyOf(entry)))).size },
        errors: [],
      });
      expect(report.coverage).toEqual([
        {
          sink: 'credit-platform',
          recordType: 'blacklist',
          method: 'feed+read-back',
          ledger: { accepted: 6, sent: 0, rejected: 0 },
        },
        {
          sink: 'credit-platform',
          recordType: 'repair',
          method: 'feed+read-back',
          ledger: { accepted: 3, sent: 0, rejected: 0 },
        },
        expect.objectContaining({
          sink: 'credit-platform',
          recordType: 'penalty',
          method: 'none',
          ledger: { accepted: 2, sent: 0, rejected: 0 },
          note: expect.stringContaining('no change feed'),
        }),
        expect.objectContaining({
          sink: 'credit-platform',
          recordType: 'license',
          method: 'none',
          ledger: { accepted: 0, sent: 0, rejected: 0 },
        }),
        expect.objectContaining({
          sink: 'exchange:XZCF',
          recordType: 'penalty',
          method: 'none',
          note: expect.stringContaining('not the credit platform'),
        }),
      ]);
    });

    it('finds each kind of difference where the scenario made it, with the record key and a masked subject', async () => {
      const { client, entries, repairs } = await deliver(fixture);
      const [bumped, unsettled, ended, altered, , refused] = entries as BlacklistEntry[] as [
        BlacklistEntry,
        BlacklistEntry,
        BlacklistEntry,
        BlacklistEntry,
        BlacklistEntry,
        BlacklistEntry,
      ];
      const [changedRepair, updatedRepair] = repairs as [RepairRecord, RepairRecord, RepairRecord];
      const [neverSent] = listings(53, 1);
      const missingRepair = { ...(repairs[2] as RepairRecord), recordId: 'XYXF-420111-2026-9999' };
      const store = await ledgerOf([
        ...entries.map((record) => ({
          recordType: 'blacklist' as const,
          record,
          status:
            record === unsettled
              ? ('sent' as const)
              : record === refused
                ? ('rejected' as const)
                : ('accepted' as const),
        })),
        { recordType: 'blacklist', record: neverSent as BlacklistEntry },
        ...repairs.map((record) => ({ recordType: 'repair' as const, record })),
        { recordType: 'repair', record: missingRepair },
      ]);

      // Behind the ledger's back: a newer version, a record from our system, a foreign one, a publication
      // ended without a feed item, content changed in place, a repair updated.
      const [ours] = listings(54, 1, 500);
      const [foreign] = listings(55, 1, 600);
      submitToPlatform(fixture.platform, 'blacklist', [
        updateOf(bumped),
        { ...(ours as BlacklistEntry), sourceSystem: bumped.sourceSystem },
        { ...(foreign as BlacklistEntry), sourceSystem: 'other-district.sys' },
      ]);
      fixture.platform.state.data.ended.set(`blacklist:${ended.recordId}`, {
        repairId: 'XYXF-X',
        at: fixture.clock.now(),
      });
      tamper(fixture.platform, 'blacklist', altered.recordId, { SXMD_LRSY: '事由被改动' });
      tamper(fixture.platform, 'repair', changedRepair.recordId, { BZ: '备注被改动' });
      submitToPlatform(fixture.platform, 'repair', [{ ...updatedRepair, version: 2, remarks: '复核后更新' }]);

      const report = await reconcile({ store, client, clock: () => fixture.clock.now(), pageSize: 4 });
      expect(summary(report.differences)).toEqual(
        [
          `missing_on_platform blacklist ${neverSent?.recordId} feed`,
          `version_mismatch blacklist ${bumped.recordId} feed`,
          `status_mismatch blacklist ${unsettled.recordId} feed`,
          `status_mismatch blacklist ${refused.recordId} feed`,
          `unknown_to_ledger blacklist ${ours?.recordId} feed`,
          `status_mismatch blacklist ${ended.recordId} read-back`,
          `content_mismatch blacklist ${altered.recordId} read-back`,
          `missing_on_platform repair ${missingRepair.recordId} feed`,
          `version_mismatch repair ${updatedRepair.recordId} feed`,
          `content_mismatch repair ${changedRepair.recordId} read-back`,
        ].sort(),
      );
      expect(report.consistent).toBe(false);
      expect(report.counts).toEqual({
        missing_on_platform: 2,
        version_mismatch: 2,
        unknown_to_ledger: 1,
        status_mismatch: 3,
        content_mismatch: 2,
      });
      const byRecord = new Map(report.differences.map((item) => [`${item.kind} ${item.recordId}`, item]));
      expect(byRecord.get(`version_mismatch ${bumped.recordId}`)).toMatchObject({
        sink: 'credit-platform',
        ledgerVersion: 1,
        platformVersion: 2,
      });
      expect(byRecord.get(`status_mismatch ${unsettled.recordId}`)).toMatchObject({
        ledgerStatus: 'sent',
        ledgerVersion: 1,
      });
      expect(byRecord.get(`status_mismatch ${refused.recordId}`)).toMatchObject({ ledgerStatus: 'rejected' });
      expect(byRecord.get(`missing_on_platform ${neverSent?.recordId}`)?.subject).toBeUndefined();
      for (const difference of report.differences.filter(
        (item) => item.recordId !== neverSent?.recordId && item.recordId !== missingRepair.recordId,
      )) {
        expect(difference.subject).toMatch(/^(uscc:[0-9A-Z]{18}|idNumber:\d{3}\*{11}[0-9X]{4})$/);
      }
      const text = JSON.stringify(report);
      for (const entry of [...entries, ours as BlacklistEntry]) {
        if (entry.subject.category === 'natural_person') expect(text).not.toContain(entry.subject.idNumber);
      }
      expect(text).not.toContain(`${foreign?.recordId}`);
      expect(report.errors).toEqual([]);
    });

    it('lists a read-back the platform did not answer and goes on, but fails when a feed cannot be read', async () => {
      const { client, entries, repairs } = await deliver(fixture);
      const store = await ledgerOf([
        ...entries.map((record) => ({ recordType: 'blacklist' as const, record })),
        ...repairs.map((record) => ({ recordType: 'repair' as const, record })),
      ]);
      const failing = fixture.client({ http: { retry: { maxAttempts: 1 } } });
      fixture.platform.faults.script('repairGet', [{ kind: 'status', status: 503 }]);
      const report = await reconcile({ store, client: failing, sample: 2 });
      expect(report).toMatchObject({ consistent: true, readBacks: { repairs: 2, subjects: 2 } });
      expect(report.errors).toEqual([
        // The ledger is read in key order, so the first repair read back is the first by id.
        expect.objectContaining({
          operation: 'repairs.get',
          recordId: repairs.map((repair) => repair.recordId).sort()[0],
          code: 'E_UNAVAILABLE',
        }),
      ]);
      await expect(reconcile({ store, client, sample: -1 })).rejects.toMatchObject({ code: 'E_CONFIG' });
      fixture.platform.faults.script('blacklistChanges', [{ kind: 'status', status: 503 }]);
      const unreadable = await reconcile({ store, client: failing }).catch((error: unknown) => error);
      expect(errorCodeOf(unreadable)).toBe('E_UNAVAILABLE');
    });
  });
}
