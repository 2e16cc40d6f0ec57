import type { RecordType } from '@credit-bridge/core';
import type { DeadLetter } from '../dead-letter/dead-letter.js';

/** A JSON value as stored: receipts, positions, run details. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

/** Where a stream has settled up to: a row number for files, a cursor text for change feeds. */
export type CheckpointPosition = number | string;

/** A stream's checkpoint: every item up to `position` is settled (accepted, or dead-lettered). */
export interface Checkpoint {
  /** The stream id the caller chose, e.g. `penalty:处罚.csv→credit`. */
  readonly stream: string;
  readonly position: CheckpointPosition;
  /** What the position refers to, e.g. a digest of the source file, so a changed file is noticed. */
  readonly fingerprint?: string;
  /** The run that moved it last. */
  readonly runId?: string;
  /** ISO timestamp of the move. */
  readonly updatedAt: string;
}

/** Moves a checkpoint (inside {@link StateChanges}). */
export interface CheckpointUpdate {
  readonly stream: string;
  readonly position: CheckpointPosition;
  readonly fingerprint?: string;
  readonly runId?: string;
  /** ISO timestamp of the move. */
  readonly at: string;
  /**
   * Compare-and-set: the position the caller believes is current (`null` for "no checkpoint yet").
   * When it is given and differs, the whole commit fails with `E_STATE_CONFLICT`, so two runners on
   * one stream cannot both move it.
   */
  readonly expect?: CheckpointPosition | null;
}

/** A record, independent of version: the ledger's top level. */
export interface RecordKey {
  readonly recordType: RecordType;
  readonly recordId: string;
}

/** One delivery target of one version and content of a record. */
export interface DeliveryKey extends RecordKey {
  readonly version: number;
  /** SM3 of the record's canonical JSON (`contentHash`). */
  readonly contentHash: string;
  /** The sink, e.g. `credit-platform` or `exchange:XZCF`. */
  readonly sink: string;
}

/**
 * Where a delivery stands at a sink: `sent` (handed over, no verdict yet: after a crash it may or may
 * not have arrived), `accepted` (the platform took it; final), `rejected` (the platform refused it).
 */
export type DeliveryStatus = 'sent' | 'accepted' | 'rejected';

/** Records a delivery's new status (inside {@link StateChanges}). */
export interface DeliveryUpdate extends DeliveryKey {
  readonly status: DeliveryStatus;
  /** What the platform answered: receipt id, batch id, business code, rejection reason. */
  readonly receipt?: JsonObject;
  readonly runId?: string;
  /** ISO timestamp. */
  readonly at: string;
}

/** A delivery as the ledger holds it. */
export interface DeliveryRecord extends DeliveryKey {
  readonly status: DeliveryStatus;
  readonly receipt?: JsonObject;
  readonly runId?: string;
  /** How many updates the delivery has had (sent, then accepted = 2; a retry adds more). */
  readonly attempts: number;
  readonly firstAt: string;
  readonly updatedAt: string;
}

/** A dead letter as the state store keeps it, for `rejects list` and `rejects retry`. */
export interface StoredDeadLetter extends DeadLetter {
  /** Assigned by the store, increasing. */
  readonly id: number;
  readonly runId?: string;
  /** ISO timestamp at which a retry settled it. */
  readonly resolvedAt?: string;
}

/** A dead letter to add (inside {@link StateChanges}). */
export interface DeadLetterInput extends DeadLetter {
  readonly runId?: string;
}

/**
 * Everything one atomic step changes. A store applies all of it or, when anything fails (a bad value,
 * a checkpoint `expect` that does not hold, an accepted delivery asked to go back), none of it.
 */
export interface StateChanges {
  readonly deliveries?: readonly DeliveryUpdate[];
  readonly checkpoints?: readonly CheckpointUpdate[];
  readonly deadLetters?: readonly DeadLetterInput[];
  /** Dead letters a retry settled. */
  readonly resolveDeadLetters?: { readonly ids: readonly number[]; readonly at: string };
}

/** What a commit assigned. */
export interface CommitResult {
  /** The ids of the added dead letters, in input order. */
  readonly deadLetterIds: number[];
}

/** The state of a run: `running` until finished (a `running` run found at start-up crashed). */
export type RunStatus = 'running' | 'succeeded' | 'partial' | 'failed' | 'aborted';

/** A run's entry in the history. */
export interface RunRecord {
  readonly runId: string;
  readonly startedAt: string;
  readonly finishedAt?: string;
  readonly status: RunStatus;
  /** Counts by name: read, valid, sent, accepted, rejected, … */
  readonly counts: Readonly<Record<string, number>>;
  readonly details?: JsonObject;
}

/** Starts a run. */
export interface RunStart {
  readonly runId: string;
  readonly startedAt: string;
  readonly details?: JsonObject;
}

/** Finishes a run. */
export interface RunFinish {
  readonly runId: string;
  readonly finishedAt: string;
  readonly status: Exclude<RunStatus, 'running'>;
  readonly counts: Readonly<Record<string, number>>;
  readonly details?: JsonObject;
}

/** Filters and paging of {@link StateStore.listDeliveries}. */
export interface ListDeliveriesOptions {
  readonly sink?: string;
  readonly recordType?: RecordType;
  readonly status?: DeliveryStatus;
  /** Continue after this key (the last item of the previous page). */
  readonly after?: DeliveryKey;
  /** Default 1,000. */
  readonly limit?: number;
}

/** Filters and paging of {@link StateStore.listDeadLetters}. */
export interface ListDeadLettersOptions {
  readonly runId?: string;
  readonly source?: string;
  readonly recordType?: RecordType;
  /** Include resolved ones; default false. */
  readonly includeResolved?: boolean;
  /** Continue after this id. */
  readonly afterId?: number;
  /** Default 1,000. */
  readonly limit?: number;
}

/**
 * The sync engine's durable memory: per-stream checkpoints, the delivery ledger (record → version →
 * content hash → per-sink status and receipt), dead letters and run history. Every method is async
 * and nothing in the contract is specific to one database, so SQLite and PostgreSQL implement the
 * same interface and pass the same contract suite. Timestamps come from the caller (inject a clock).
 * Errors are `CreditBridgeError`s: `E_STATE_INPUT` (a bad value), `E_STATE_CONFLICT`,
 * `E_STATE_TRANSITION`, `E_STATE_NOT_FOUND`, `E_STATE_CLOSED`, and on opening `E_STATE_CORRUPT`,
 * `E_STATE_FOREIGN`, `E_STATE_VERSION`.
 */
export interface StateStore {
  /** `memory`, `sqlite`, … for reports. */
  readonly kind: string;
  /**
   * Applies {@link StateChanges} atomically: e.g. "these records were accepted by sink S, and the
   * stream's checkpoint moves to P" as one step, so a crash leaves either both or neither. A delivery
   * that is `accepted` stays accepted: an update to another status fails with `E_STATE_TRANSITION`.
   */
  commit(changes: StateChanges): Promise<CommitResult>;
  getCheckpoint(stream: string): Promise<Checkpoint | undefined>;
  /** Every checkpoint, by stream id. */
  listCheckpoints(): Promise<Checkpoint[]>;
  /** Forgets a stream's checkpoint (an operator's reset); true when there was one. */
  deleteCheckpoint(stream: string): Promise<boolean>;
  /** The ledger entries of these records (every version, content and sink), ordered by key. */
  findDeliveries(keys: readonly RecordKey[]): Promise<DeliveryRecord[]>;
  /** A page of the ledger in key order, for reconciliation and reports. */
  listDeliveries(options?: ListDeliveriesOptions): Promise<DeliveryRecord[]>;
  /** How many ledger entries match. */
  countDeliveries(options?: Omit<ListDeliveriesOptions, 'after' | 'limit'>): Promise<number>;
  /** A page of dead letters in id order. */
  listDeadLetters(options?: ListDeadLettersOptions): Promise<StoredDeadLetter[]>;
  /** Records a run's start; `E_STATE_CONFLICT` when the id exists. */
  startRun(start: RunStart): Promise<void>;
  /** Records a run's end; `E_STATE_NOT_FOUND` for an unknown id, `E_STATE_CONFLICT` when already finished. */
  finishRun(finish: RunFinish): Promise<void>;
  getRun(runId: string): Promise<RunRecord | undefined>;
  /** The newest runs first. */
  listRuns(options?: { readonly limit?: number; readonly status?: RunStatus }): Promise<RunRecord[]>;
  /** Releases the store; later calls fail with `E_STATE_CLOSED`. Closing twice is harmless. */
  close(): Promise<void>;
}
