import { type BlacklistEntry, normalizeIdentifier, toShanghaiTimestamp } from '@credit-bridge/core';
import type { SubjectRef } from '@credit-bridge/credit-platform';
import type {
  BlacklistMirror,
  BlacklistMirrorOptions,
  MirrorAnswer,
  MirrorLoadResult,
  MirrorRefreshResult,
} from './blacklist-mirror.js';
import { createMirrorIndex, type MirrorIndex } from './internal/create-mirror-index.js';
import { foldBlacklistChanges } from './internal/fold-blacklist-changes.js';
import { mirrorError } from './internal/mirror-error.js';
import { createShanghaiDay } from './internal/shanghai-day.js';
import {
  checkIdentifierForm,
  isMachineForm,
  machineForm,
  readSubject,
  type SubjectLookup,
} from './internal/subject-lookup.js';
import { resolveMirrorPolicy } from './mirror-policy.js';

const LOAD_PAGE = 5000;
const NOTHING: readonly BlacklistEntry[] = Object.freeze([]);

/**
 * Creates a blacklist mirror over a credit platform client and a {@link MirrorStore}. Call `load()` at
 * start-up (or let the first `refresh()` do it), `refresh()` on a timer, and `isListed()` (or the
 * synchronous `lookup()`) before every approval.
 *
 * @example
 * const mirror = createBlacklistMirror({ client, store: await createSqliteMirrorStore({ path }) });
 * await mirror.refresh();
 * const { listed, entries } = await mirror.isListed({ uscc: '91420111CB0001035J' });
 */
export function createBlacklistMirror(options: BlacklistMirrorOptions): BlacklistMirror {
  const { client, store } = options;
  const policy = resolveMirrorPolicy(options.policy);
  const clock = options.clock ?? Date.now;
  const today = createShanghaiDay();
  const scratch: SubjectLookup = { kind: 'uscc', raw: '' };
  let index: MirrorIndex = createMirrorIndex();
  let cursor: string | undefined;
  let refreshedAtMs: number | undefined;
  let loaded = false;
  let queue: Promise<unknown> = Promise.resolve();
  let refreshing: Promise<MirrorRefreshResult> | undefined;
  const counts = { lookups: 0, listedAnswers: 0, remoteChecks: 0, staleAnswers: 0, refused: 0, refreshes: 0 };

  const ageAt = (now: number): number =>
    refreshedAtMs === undefined ? Number.POSITIVE_INFINITY : Math.max(0, now - refreshedAtMs);

  function staleError(age: number) {
    counts.refused += 1;
    const remote = policy.onStale === 'remote' ? '; isListed() asks the platform instead' : '';
    return mirrorError(
      'E_MIRROR_STALE',
      'lookup',
      `the mirror is ${Number.isFinite(age) ? `${age} ms` : 'never refreshed and'} old, over the ${policy.maxAgeMs} ms the policy allows${remote}`,
      { ageMs: Number.isFinite(age) ? age : null, maxAgeMs: policy.maxAgeMs, onStale: policy.onStale },
    );
  }

  function lookup(subject: SubjectRef): MirrorAnswer {
    counts.lookups += 1;
    const now = clock();
    const age = ageAt(now);
    const stale = age > policy.maxAgeMs;
    if (stale) {
      if (policy.onStale !== 'serve') throw staleError(age);
      counts.staleAnswers += 1;
    }
    const { kind, raw } = readSubject(subject, scratch);
    const map = kind === 'uscc' ? index.byUscc : index.byIdNumber;
    // Keys are stored normalised, so input already in machine form is looked up as it is.
    let entries = map.get(raw);
    if (entries === undefined) {
      const key = isMachineForm(raw) ? raw : normalizeIdentifier(raw);
      if (key !== raw) entries = map.get(key);
      if (entries === undefined) {
        checkIdentifierForm(kind, key);
        return { listed: false, entries: NOTHING, ageMs: age, source: 'mirror', stale };
      }
    }
    // The mark is when the earliest 有效期至 among the entries has passed.
    if (now >= map.mark) return unexpired(entries, now, age, stale);
    counts.listedAnswers += 1;
    return { listed: true, entries, ageMs: age, source: 'mirror', stale };
  }

  // The slow path, once an entry of the subject has passed its 有效期至: the index stays as it is
  // (the next refresh or the platform's feed settles it), the answer leaves the expired entries out.
  function unexpired(
    held: readonly BlacklistEntry[],
    now: number,
    age: number,
    stale: boolean,
  ): MirrorAnswer {
    const day = today(now);
    const entries = held.filter((entry) => entry.validUntil === undefined || entry.validUntil >= day);
    const listed = entries.length > 0;
    if (listed) counts.listedAnswers += 1;
    return {
      listed,
      entries: listed ? Object.freeze(entries) : NOTHING,
      ageMs: age,
      source: 'mirror',
      stale,
    };
  }

  async function isListed(subject: SubjectRef, callOptions?: Parameters<BlacklistMirror['isListed']>[1]) {
    const age = ageAt(clock());
    if (age <= policy.maxAgeMs || policy.onStale !== 'remote') return lookup(subject);
    const { kind, raw } = readSubject(subject, { kind: 'uscc', raw: '' });
    const key = machineForm(raw);
    checkIdentifierForm(kind, key);
    counts.remoteChecks += 1;
    const result = await client.blacklist.check(
      kind === 'uscc' ? { uscc: key } : { idNumber: key },
      callOptions,
    );
    const answer: MirrorAnswer = {
      listed: result.listed,
      entries: Object.freeze(result.entries),
      ageMs: age,
      source: 'remote',
      stale: false,
    };
    return answer;
  }

  async function loadNow(): Promise<MirrorLoadResult> {
    const state = await store.state();
    // Built aside and swapped in whole: lookups meanwhile keep answering from the previous index.
    const next = createMirrorIndex();
    let after: string | undefined;
    for (;;) {
      const page = await store.list({ limit: LOAD_PAGE, ...(after === undefined ? {} : { after }) });
      for (const record of page) next.put(record);
      after = page.at(-1)?.recordId;
      if (page.length < LOAD_PAGE) break;
    }
    index = next;
    cursor = state.cursor;
    refreshedAtMs = state.refreshedAt === undefined ? undefined : Date.parse(state.refreshedAt);
    loaded = true;
    return {
      records: index.records,
      listedSubjects: index.listedSubjects,
      cursor,
      refreshedAt: state.refreshedAt,
    };
  }

  async function refreshNow(signal: AbortSignal | undefined): Promise<MirrorRefreshResult> {
    if (!loaded) await loadNow();
    const fromCursor = cursor;
    const totals = {
      pages: 0,
      changes: 0,
      listed: 0,
      updated: 0,
      removed: 0,
      publicationEnded: 0,
      skipped: 0,
    };
    let refreshedAt = '';
    const feed = client.blacklist.changes({ cursor, limit: options.pageSize, signal });
    for await (const page of feed.pages()) {
      const folded = foldBlacklistChanges(page.items, index.record);
      const now = clock();
      const complete = !page.hasMore;
      // The page's records and the cursor after it in one step: a crash leaves both or neither.
      await store.apply({
        upserts: folded.upserts,
        removals: folded.removals,
        cursor: page.nextCursor,
        expectCursor: cursor ?? null,
        ...(complete ? { refreshedAt: toShanghaiTimestamp(now) } : {}),
      });
      for (const record of folded.upserts) index.put(record);
      for (const removal of folded.removals) index.remove(removal.recordId);
      cursor = page.nextCursor;
      totals.pages += 1;
      totals.changes += page.items.length;
      for (const name of ['listed', 'updated', 'removed', 'publicationEnded', 'skipped'] as const) {
        totals[name] += folded.counts[name];
      }
      if (complete) {
        refreshedAtMs = now;
        refreshedAt = toShanghaiTimestamp(now);
      }
    }
    counts.refreshes += 1;
    return {
      fromCursor,
      cursor,
      ...totals,
      refreshedAt,
      records: index.records,
      listedSubjects: index.listedSubjects,
    };
  }

  // One load or refresh at a time, in call order, so the index and the store move together.
  function exclusive<T>(task: () => Promise<T>): Promise<T> {
    const result = queue.then(task, task);
    queue = result.catch(() => undefined);
    return result;
  }

  return {
    policy,
    lookup,
    isListed,
    refresh(refreshOptions = {}) {
      refreshing ??= exclusive(() => refreshNow(refreshOptions.signal)).finally(() => {
        refreshing = undefined;
      });
      return refreshing;
    },
    load: () => exclusive(loadNow),
    ageMs: () => ageAt(clock()),
    stats: () => ({
      ...counts,
      records: index.records,
      listedSubjects: index.listedSubjects,
      cursor,
      ageMs: ageAt(clock()),
    }),
  };
}
