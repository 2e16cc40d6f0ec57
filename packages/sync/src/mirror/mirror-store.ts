import type { BlacklistEntry } from '@credit-bridge/core';

/** Which identifier a blacklist subject is looked up by: a USCC, or a natural person's ID number. */
export type MirrorSubjectKind = 'uscc' | 'idNumber';

/**
 * One blacklist record as the mirror keeps it: the entry after the newest change applied, under its
 * subject's identifier in machine form. The record is listed when its entry's action is `list` and no
 * repair ended its publication.
 */
export interface MirrorRecord {
  readonly recordId: string;
  readonly version: number;
  readonly subjectKind: MirrorSubjectKind;
  /** The USCC or ID number, normalised (`normalizeIdentifier`). */
  readonly subjectKey: string;
  readonly entry: BlacklistEntry;
  /** When the platform applied the newest change (its timestamp, as the feed gave it). */
  readonly changedAt: string;
  /**
   * The approved repair that ended the publication. Such a record stays known (a later version of it
   * stays out of publication, as on the platform) but is never listed.
   */
  readonly endedBy?: string;
}

/** A record that left the blacklist (移出) at `version`. */
export interface MirrorRemoval {
  readonly recordId: string;
  readonly version: number;
}

/**
 * One atomic step of the mirror: the records one page of the feed changed and the cursor after that
 * page, applied together or not at all, so a crash between pages resumes exactly after the last page
 * applied. Upserts and removals are guarded by version: an upsert older than the stored record, or a
 * removal of an older version than stored, changes nothing.
 */
export interface MirrorChanges {
  readonly upserts?: readonly MirrorRecord[];
  readonly removals?: readonly MirrorRemoval[];
  /** The feed position just after these changes. */
  readonly cursor: string;
  /**
   * Compare-and-set: the cursor the caller continues from (`null`: from the start). When given and
   * different from the stored one, nothing is applied and the call fails with `E_MIRROR_CONFLICT`.
   */
  readonly expectCursor?: string | null;
  /** ISO timestamp, given when this step reached the end of the feed; kept unchanged otherwise. */
  readonly refreshedAt?: string;
}

/** Where the stored mirror stands. */
export interface MirrorStoreState {
  /** The feed position after the last applied step; absent before the first. */
  readonly cursor?: string;
  /** ISO timestamp of the last step that reached the end of the feed. */
  readonly refreshedAt?: string;
  /** How many records are held (ended ones included). */
  readonly records: number;
}

/** Paging of {@link MirrorStore.list}. */
export interface ListMirrorRecordsOptions {
  /** Continue after this record id (the last of the previous page). */
  readonly after?: string;
  /** Default 1,000. */
  readonly limit?: number;
}

/**
 * Where a blacklist mirror persists: records by id, the feed cursor and the time of the last complete
 * refresh, changed only by atomic {@link MirrorChanges}. Nothing in it is specific to one database:
 * memory and SQLite implement it and pass the same contract suite. Errors are `CreditBridgeError`s:
 * `E_MIRROR_INPUT` (a bad value), `E_MIRROR_CONFLICT` (the cursor moved), `E_MIRROR_CLOSED`, and the
 * SQLite store's `E_STATE_*` codes for its file.
 */
export interface MirrorStore {
  /** `memory`, `sqlite`, … for reports. */
  readonly kind: string;
  /** Applies one step atomically. */
  apply(changes: MirrorChanges): Promise<void>;
  state(): Promise<MirrorStoreState>;
  /** The records with these ids that are held, in id order. */
  get(recordIds: readonly string[]): Promise<MirrorRecord[]>;
  /** A page of the records in id order (by code point, as SQLite's binary collation orders them). */
  list(options?: ListMirrorRecordsOptions): Promise<MirrorRecord[]>;
  /** Forgets every record, the cursor and the refresh time: the next refresh reads the feed from the start. */
  reset(): Promise<void>;
  /** Releases the store; later calls fail with `E_MIRROR_CLOSED`. Closing twice is harmless. */
  close(): Promise<void>;
}
