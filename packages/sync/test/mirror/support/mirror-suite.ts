import { join } from 'node:path';
import type { BlacklistEntry } from '@credit-bridge/core';
import { DEFAULT_RANDOM_FAULTS } from '@credit-bridge/mock';
import { describe, expect, it } from 'vitest';
import {
  type BlacklistMirror,
  type BlacklistMirrorOptions,
  createBlacklistMirror,
  createMemoryMirrorStore,
  createSqliteMirrorStore,
  type MirrorChanges,
  type MirrorStore,
} from '../../../src/index.js';
import { useTempDir } from '../../support/temp-dir.js';
import {
  endByRepair,
  fullWidth,
  identifierOf,
  keyOf,
  listings,
  neverListedUscc,
  removalOf,
  submitToPlatform,
  untidy,
  updateOf,
} from './blacklist-data.js';
import type { FixtureFactory, PlatformFixture } from './platform-fixture.js';
import { crashingStore, recordingStore } from './store-wrappers.js';

/** The cursors the blacklist feed requests of this test carried, in order (`undefined`: none). */
function feedCursors(fixture: PlatformFixture): (string | undefined)[] {
  return fixture.platform.journal
    .entries()
    .filter((entry) => entry.operation === 'blacklistChanges' && entry.fault === undefined)
    .map((entry) => new URLSearchParams(entry.query).get('cursor') ?? undefined);
}

function checkRequests(fixture: PlatformFixture): number {
  return fixture.platform.journal.entries().filter((entry) => entry.operation === 'blacklistCheck').length;
}

/** What the platform itself answers for a subject: the record ids in publication. */
function platformListing(fixture: PlatformFixture, entry: BlacklistEntry): string[] {
  return fixture.platform.state
    .checkBlacklist(keyOf(entry))
    .map((row) => String(row.RECORD_ID))
    .sort();
}

async function expectAgreement(fixture: PlatformFixture, mirror: BlacklistMirror, entries: BlacklistEntry[]) {
  for (const entry of entries) {
    const answer = await mirror.isListed(keyOf(entry));
    const expected = platformListing(fixture, entry);
    expect(answer.source).toBe('mirror');
    expect(answer.entries.map((item) => item.recordId).sort()).toEqual(expected);
    expect(answer.listed).toBe(expected.length > 0);
  }
}

/**
 * The mirror against a simulated platform, written once: the test files run it in-process (msw) and
 * over real sockets (the standalone mock).
 */
export function mirrorSuite(factory: FixtureFactory): void {
  const fixture = factory();
  const tempDir = useTempDir();
  const stores: MirrorStore[] = [];

  function mirrorOf(store: MirrorStore, options: Partial<BlacklistMirrorOptions> = {}) {
    stores.push(store);
    return createBlacklistMirror({
      client: fixture.client(),
      store,
      clock: () => fixture.clock.now(),
      pageSize: 5,
      ...options,
    });
  }

  describe(`blacklist mirror, ${fixture.mode}`, () => {
    it('answers like the platform for listed, removed, ended and never-listed subjects, in any written form', async () => {
      const entries = listings(3, 24);
      submitToPlatform(fixture.platform, 'blacklist', entries);
      const natural = entries.filter((entry) => entry.subject.category === 'natural_person');
      const companies = entries.filter((entry) => entry.subject.category !== 'natural_person');
      expect(natural.length).toBeGreaterThan(2);
      const removed = [natural[0], companies[0]] as BlacklistEntry[];
      submitToPlatform(fixture.platform, 'blacklist', removed.map(removalOf));
      const ended = companies[1] as BlacklistEntry;
      endByRepair(fixture.platform, ended, 5);
      submitToPlatform(fixture.platform, 'blacklist', [updateOf(companies[2] as BlacklistEntry)]);

      const mirror = mirrorOf(createMemoryMirrorStore());
      const result = await mirror.refresh();
      expect(result).toMatchObject({
        fromCursor: undefined,
        pages: 6,
        changes: 28,
        listed: 24,
        updated: 1,
        removed: 2,
        publicationEnded: 1,
        skipped: 0,
        // The ended record stays known (a later version of it stays ended); removed ones are forgotten.
        records: 22,
      });
      expect(result.cursor).toBe(fixture.platform.state.summary().blacklistFeed.head);
      await expectAgreement(fixture, mirror, entries);

      for (const entry of removed) expect((await mirror.isListed(keyOf(entry))).listed).toBe(false);
      expect((await mirror.isListed(keyOf(ended))).listed).toBe(false);
      const listed = [natural[1], companies[3]] as BlacklistEntry[];
      for (const entry of listed) {
        for (const form of [keyOf(entry), fullWidth(keyOf(entry)), untidy(keyOf(entry)), entry.subject]) {
          const answer = mirror.lookup(form);
          expect(answer).toMatchObject({ listed: true, source: 'mirror', stale: false, ageMs: 0 });
          expect(answer.entries.map((item) => item.recordId)).toContain(entry.recordId);
        }
      }
      const nobody = neverListedUscc(3);
      for (const form of [nobody, fullWidth(nobody), untidy(nobody)]) {
        expect(mirror.lookup(form)).toMatchObject({ listed: false, entries: [] });
      }
      expect(() => mirror.lookup({ uscc: `${identifierOf(nobody).slice(0, 10)}` })).toThrow(
        expect.objectContaining({ code: 'E_ARGUMENT' }),
      );
      expect(checkRequests(fixture)).toBe(0);
    });

    it('follows the platform through repairs, re-listings and a subject corrected in a new version', async () => {
      const entries = listings(13, 6);
      const [repaired, relisted, moved, target] = entries as [
        BlacklistEntry,
        BlacklistEntry,
        BlacklistEntry,
        BlacklistEntry,
      ];
      submitToPlatform(fixture.platform, 'blacklist', entries);
      const mirror = mirrorOf(createMemoryMirrorStore());
      await mirror.refresh();
      endByRepair(fixture.platform, repaired, 14);
      submitToPlatform(fixture.platform, 'blacklist', [updateOf(repaired), removalOf(relisted)]);
      submitToPlatform(fixture.platform, 'blacklist', [
        { ...relisted, version: 3 },
        { ...moved, version: 2, subject: target.subject },
      ]);
      expect(await mirror.refresh()).toMatchObject({ changes: 5, publicationEnded: 1, removed: 1 });
      await expectAgreement(fixture, mirror, entries);
      expect((await mirror.isListed(keyOf(repaired))).listed).toBe(false);
      expect((await mirror.isListed(keyOf(relisted))).listed).toBe(true);
      expect((await mirror.isListed(keyOf(moved))).listed).toBe(false);
      const both = await mirror.isListed(keyOf(target));
      expect(both.entries.map((item) => item.recordId).sort()).toEqual(
        [moved.recordId, target.recordId].sort(),
      );
    });

    it('picks up only the new changes on the next refresh, from the cursor it stopped at', async () => {
      const first = listings(4, 10);
      submitToPlatform(fixture.platform, 'blacklist', first);
      const mirror = mirrorOf(createMemoryMirrorStore());
      const initial = await mirror.refresh();
      expect(initial).toMatchObject({ pages: 2, changes: 10 });
      const stoppedAt = initial.cursor;

      const later = listings(5, 3, 100);
      submitToPlatform(fixture.platform, 'blacklist', [...later, removalOf(first[0] as BlacklistEntry)]);
      fixture.clock.advance(60_000);
      expect(mirror.ageMs()).toBe(60_000);
      const next = await mirror.refresh();
      expect(next).toMatchObject({ fromCursor: stoppedAt, pages: 1, changes: 4, listed: 3, removed: 1 });
      const fifth = fixture.platform.state.data.blacklistFeed.items()[4]?.cursor;
      expect(feedCursors(fixture)).toEqual([undefined, fifth, stoppedAt]);
      expect(mirror.ageMs()).toBe(0);
      await expectAgreement(fixture, mirror, [...first, ...later]);

      const idle = await mirror.refresh();
      expect(idle).toMatchObject({ fromCursor: next.cursor, cursor: next.cursor, pages: 1, changes: 0 });
      expect(feedCursors(fixture).at(-1)).toBe(next.cursor);
    });

    it('resumes after a crash between pages, losing and repeating no change', async () => {
      const entries = listings(6, 14);
      submitToPlatform(fixture.platform, 'blacklist', entries);
      submitToPlatform(fixture.platform, 'blacklist', entries.slice(0, 4).map(removalOf));
      submitToPlatform(fixture.platform, 'blacklist', entries.slice(4, 6).map(updateOf));
      const feedLength = fixture.platform.state.summary().blacklistFeed.items;
      expect(feedLength).toBe(20);
      const path = join(tempDir(), 'state.db');
      const applied: MirrorChanges[] = [];

      const dying = await createSqliteMirrorStore({ path });
      const crashed = mirrorOf(crashingStore(recordingStore(dying, applied), 2));
      await expect(crashed.refresh()).rejects.toThrow('simulated crash between pages');
      expect(crashed.stats()).toMatchObject({ records: 10, cursor: applied[1]?.cursor });
      await dying.close();

      const reopened = await createSqliteMirrorStore({ path });
      const resumed = mirrorOf(recordingStore(reopened, applied));
      const result = await resumed.refresh();
      expect(result.fromCursor).toBe(applied[1]?.cursor);
      expect(feedCursors(fixture).at(-2)).toBe(applied[1]?.cursor);
      expect(applied.map((step) => step.expectCursor ?? null)).toEqual([
        null,
        applied[0]?.cursor,
        applied[1]?.cursor,
        applied[2]?.cursor,
      ]);
      // Each change of the feed was applied exactly once across the two processes.
      const changesApplied = 10 + result.changes;
      expect(changesApplied).toBe(feedLength);
      const touched = applied.flatMap((step) => [
        ...(step.upserts ?? []).map((record) => `${record.recordId}@${record.version}`),
        ...(step.removals ?? []).map((removal) => `${removal.recordId}@${removal.version}:removed`),
      ]);
      expect(new Set(touched).size).toBe(touched.length);
      expect(result.records).toBe(10);
      await expectAgreement(fixture, resumed, entries);
    });

    it('rebuilds its index from the store at start-up, without asking the platform', async () => {
      const entries = listings(7, 8);
      submitToPlatform(fixture.platform, 'blacklist', entries);
      const path = join(tempDir(), 'state.db');
      const store = await createSqliteMirrorStore({ path });
      await mirrorOf(store).refresh();
      await store.close();
      fixture.clock.advance(5_000);
      const requests = fixture.platform.journal.entries().length;

      const restarted = mirrorOf(await createSqliteMirrorStore({ path }));
      expect(await restarted.load()).toMatchObject({ records: 8, cursor: expect.stringMatching(/^c1-/) });
      expect(restarted.ageMs()).toBe(5_000);
      await expectAgreement(fixture, restarted, entries);
      expect(fixture.platform.journal.entries().length).toBe(requests);
    });

    it('drops entries past their 有效期至 on the same day as the platform does', async () => {
      const entries = listings(8, 12);
      submitToPlatform(fixture.platform, 'blacklist', entries);
      const mirror = mirrorOf(createMemoryMirrorStore(), { policy: { maxAgeMs: Number.POSITIVE_INFINITY } });
      await mirror.refresh();
      const ends = entries
        .map((entry) => entry.validUntil)
        .filter((day) => day !== undefined)
        .sort();
      const firstEnd = ends[0] as string;
      fixture.clock.set(Date.parse(`${firstEnd}T23:59:59+08:00`));
      await expectAgreement(fixture, mirror, entries);
      fixture.clock.set(Date.parse(`${firstEnd}T23:59:59+08:00`) + 1000);
      await expectAgreement(fixture, mirror, entries);
      expect(entries.filter((entry) => platformListing(fixture, entry).length === 0).length).toBeGreaterThan(
        0,
      );
    });

    it('asks the platform when stale under policy remote, and counts the remote call', async () => {
      const entries = listings(9, 6);
      submitToPlatform(fixture.platform, 'blacklist', entries);
      const mirror = mirrorOf(createMemoryMirrorStore(), { policy: { maxAgeMs: 60_000, onStale: 'remote' } });
      await mirror.refresh();
      const entry = entries[0] as BlacklistEntry;
      fixture.clock.advance(60_000);
      expect(await mirror.isListed(keyOf(entry))).toMatchObject({ source: 'mirror', listed: true });
      expect(checkRequests(fixture)).toBe(0);

      fixture.clock.advance(1);
      const answer = await mirror.isListed(untidy(keyOf(entry)));
      expect(answer).toMatchObject({ source: 'remote', listed: true, stale: false, ageMs: 60_001 });
      expect(answer.entries.map((item) => item.recordId)).toEqual([entry.recordId]);
      expect(mirror.stats().remoteChecks).toBe(1);
      expect(checkRequests(fixture)).toBe(1);
      expect(() => mirror.lookup(keyOf(entry))).toThrow(expect.objectContaining({ code: 'E_MIRROR_STALE' }));

      await mirror.refresh();
      expect(await mirror.isListed(keyOf(entry))).toMatchObject({ source: 'mirror', listed: true });
      expect(checkRequests(fixture)).toBe(1);
    });

    it('refuses when stale under policy refuse, and serves marked stale under policy serve', async () => {
      const entries = listings(10, 4);
      submitToPlatform(fixture.platform, 'blacklist', entries);
      const key = keyOf(entries[0] as BlacklistEntry);
      const refusing = mirrorOf(createMemoryMirrorStore(), {
        policy: { maxAgeMs: 1_000, onStale: 'refuse' },
      });
      await expect(refusing.isListed(key)).rejects.toMatchObject({
        code: 'E_MIRROR_STALE',
        details: { ageMs: null, maxAgeMs: 1_000, onStale: 'refuse' },
      });
      await refusing.refresh();
      expect((await refusing.isListed(key)).listed).toBe(true);
      fixture.clock.advance(1_001);
      await expect(refusing.isListed(key)).rejects.toMatchObject({
        code: 'E_MIRROR_STALE',
        details: { ageMs: 1_001 },
      });
      expect(refusing.stats()).toMatchObject({ refused: 2, remoteChecks: 0 });

      const serving = mirrorOf(createMemoryMirrorStore(), { policy: { maxAgeMs: 1_000, onStale: 'serve' } });
      await serving.refresh();
      fixture.clock.advance(5_000);
      expect(await serving.isListed(key)).toMatchObject({ listed: true, stale: true, ageMs: 5_000 });
      expect(serving.stats().staleAnswers).toBe(1);
      expect(checkRequests(fixture)).toBe(0);
    });

    it('converges with 20% faults on the feed route', async () => {
      const entries = listings(11, 40);
      submitToPlatform(fixture.platform, 'blacklist', entries);
      submitToPlatform(fixture.platform, 'blacklist', entries.slice(0, 8).map(removalOf));
      endByRepair(fixture.platform, entries[10] as BlacklistEntry, 12);
      fixture.platform.faults.setProbability({
        route: 'blacklistChanges',
        rate: 0.2,
        faults: [...DEFAULT_RANDOM_FAULTS, { kind: 'truncated' }, { kind: 'malformed-json' }],
      });
      const mirror = mirrorOf(createMemoryMirrorStore(), { pageSize: 3 });
      let attempts = 0;
      for (;;) {
        attempts += 1;
        const outcome = await mirror.refresh().then(
          () => 'done',
          () => 'failed',
        );
        if (outcome === 'done' || attempts === 10) break;
      }
      expect(mirror.ageMs()).toBe(0);
      expect(mirror.stats().cursor).toBe(fixture.platform.state.summary().blacklistFeed.head);
      const faulted = fixture.platform.journal
        .entries()
        .filter((entry) => entry.operation === 'blacklistChanges' && entry.fault !== undefined);
      expect(faulted.length).toBeGreaterThan(2);
      fixture.platform.faults.clear();
      await expectAgreement(fixture, mirror, entries);
      expect(mirror.stats().records).toBe(32);
    });
  });
}
