import type { BlacklistEntry } from '@credit-bridge/core';
import type { CallOptions, CreditPlatformClient, SubjectRef } from '@credit-bridge/credit-platform';
import type { MirrorPolicy, ResolvedMirrorPolicy } from './mirror-policy.js';
import type { MirrorStore } from './mirror-store.js';

/** The part of the credit platform client a mirror uses: the blacklist feed and the remote check. */
export interface MirrorClient {
  readonly blacklist: Pick<CreditPlatformClient['blacklist'], 'changes' | 'check'>;
}

/** Options of `createBlacklistMirror`. */
export interface BlacklistMirrorOptions {
  client: MirrorClient;
  store: MirrorStore;
  policy?: MirrorPolicy | undefined;
  /** Epoch milliseconds; default `Date.now`. The mirror's age is read from it. */
  clock?: (() => number) | undefined;
  /** Items per feed page; default the client's page size. */
  pageSize?: number | undefined;
}

/** The answer to "is this subject on the blacklist now?". */
export interface MirrorAnswer {
  /** True when at least one entry is in publication. */
  readonly listed: boolean;
  /** The entries in publication now (listed, not ended by a repair, 有效期至 not passed); frozen. */
  readonly entries: readonly BlacklistEntry[];
  /** The mirror's age at the answer: ms since its last complete refresh (`Infinity` before the first). */
  readonly ageMs: number;
  /** Where the answer comes from: the in-memory index, or the platform (stale policy `remote`). */
  readonly source: 'mirror' | 'remote';
  /** True when the mirror answered although older than the policy's `maxAgeMs` (policy `serve`). */
  readonly stale: boolean;
}

/** What `load()` found in the store. */
export interface MirrorLoadResult {
  readonly records: number;
  readonly listedSubjects: number;
  readonly cursor: string | undefined;
  /** ISO timestamp of the last complete refresh. */
  readonly refreshedAt: string | undefined;
}

/** What one `refresh()` did. */
export interface MirrorRefreshResult {
  /** The cursor the refresh started from (`undefined`: the beginning of the feed). */
  readonly fromCursor: string | undefined;
  /** The cursor it stopped at: the head of the feed. */
  readonly cursor: string | undefined;
  readonly pages: number;
  /** Feed items read, by type below; `skipped` ones were older than the record held. */
  readonly changes: number;
  readonly listed: number;
  readonly updated: number;
  readonly removed: number;
  readonly publicationEnded: number;
  readonly skipped: number;
  /** ISO timestamp at which the end of the feed was reached. */
  readonly refreshedAt: string;
  readonly records: number;
  readonly listedSubjects: number;
}

/** Counters since the mirror was created, and where it stands. */
export interface MirrorStats {
  readonly lookups: number;
  /** Lookups answered `listed` from the index. */
  readonly listedAnswers: number;
  /** Remote checks made because the mirror was stale (policy `remote`). */
  readonly remoteChecks: number;
  /** Answers served stale (policy `serve`). */
  readonly staleAnswers: number;
  /** Lookups refused with `E_MIRROR_STALE`. */
  readonly refused: number;
  readonly refreshes: number;
  readonly records: number;
  readonly listedSubjects: number;
  readonly cursor: string | undefined;
  readonly ageMs: number;
}

/**
 * A local copy of the 严重失信主体名单 that answers checks in-process. `refresh()` pulls the change
 * feed from where the store's cursor stands, one page per atomic store step; `load()` rebuilds the
 * index from the store at start-up. Too old a mirror (policy) asks the platform or refuses.
 */
export interface BlacklistMirror {
  /**
   * The synchronous in-process answer, by USCC or ID number in any form (full-width, lower case,
   * spaced). Applies the stale policy as far as a synchronous answer can: `serve` answers with
   * `stale: true`; `refuse` and `remote` throw `E_MIRROR_STALE` (`isListed` makes the remote call).
   * Throws `E_ARGUMENT` for an identifier that is not one (masked).
   */
  lookup(subject: SubjectRef): MirrorAnswer;
  /** Like {@link lookup}, with the whole stale policy: `remote` asks the platform's `blacklist.check`. */
  isListed(subject: SubjectRef, options?: CallOptions): Promise<MirrorAnswer>;
  /** Reads the feed from the stored cursor to its head; concurrent calls share one refresh. */
  refresh(options?: { signal?: AbortSignal | undefined }): Promise<MirrorRefreshResult>;
  /** Rebuilds the index from the store (a refresh does it first when nothing was loaded). */
  load(): Promise<MirrorLoadResult>;
  /** Milliseconds since the last complete refresh; `Infinity` before the first. */
  ageMs(): number;
  stats(): MirrorStats;
  readonly policy: ResolvedMirrorPolicy;
}
