import type { DeadLetter } from '../../dead-letter/dead-letter.js';
import type { EarlierRow } from '../../delivery/judge-delivery.js';
import type { CheckpointPosition, CheckpointUpdate, DeliveryUpdate } from '../../state/state-store.js';
import type { LaneContext } from './lane-context.js';

/** What a lane has settled since its last commit, taken for the next one. */
export interface LaneChanges {
  readonly deliveries: DeliveryUpdate[];
  readonly deadLetters: DeadLetter[];
  readonly checkpoint: CheckpointUpdate | undefined;
  /** The batches whose verdicts this commit writes. */
  readonly batches: number[];
}

/** A lane's side of the ledger: verdicts not yet committed, and records judged but not yet in the ledger. */
export interface LaneLedger {
  /**
   * Records judged `send` whose ledger entries are not committed yet, by id: a later row with the same
   * id in this run is judged against them, since the ledger cannot know them yet.
   */
  readonly unsettled: Map<string, EarlierRow>;
  /** A verdict (`accepted`, `rejected`) for the next commit. */
  record(update: DeliveryUpdate): void;
  letter(letter: DeadLetter): void;
  /** A delivered batch whose verdicts go into the next commit. */
  batch(number: number): void;
  /** Delivered batches whose verdicts wait for the next commit. */
  readonly batchesPending: number;
  /** Takes everything gathered, with a checkpoint update when `settledThrough` moved past the committed one. */
  take(settledThrough: number | undefined, at: string): LaneChanges;
  /** After the commit of `changes`: the checkpoint moved, and their records are in the ledger. */
  committed(changes: LaneChanges): void;
  /** The checkpoint last committed, or stored before the run. */
  readonly position: CheckpointPosition | undefined;
}

/**
 * Creates a lane's ledger side. The checkpoint update it takes expects the position last committed
 * (compare-and-set), so two runners on one stream cannot both move it.
 *
 * @example
 * const ledger = createLaneLedger(context);
 * ledger.record(update);
 * const changes = ledger.take(tracker.settledThrough, now());
 */
export function createLaneLedger(
  context: Pick<LaneContext, 'checkpointId' | 'runId' | 'fingerprint' | 'stored'>,
): LaneLedger {
  const unsettled = new Map<string, EarlierRow>();
  let deliveries: DeliveryUpdate[] = [];
  let deadLetters: DeadLetter[] = [];
  let batches: number[] = [];
  let position = context.stored;
  return {
    unsettled,
    record: (update) => deliveries.push(update),
    letter: (letter) => deadLetters.push(letter),
    batch: (number) => batches.push(number),
    take(settledThrough, at) {
      const checkpoint =
        settledThrough === undefined || settledThrough === position
          ? undefined
          : {
              stream: context.checkpointId,
              position: settledThrough,
              runId: context.runId,
              at,
              expect: position ?? null,
              ...(context.fingerprint === undefined ? {} : { fingerprint: context.fingerprint }),
            };
      const changes = { deliveries, deadLetters, checkpoint, batches };
      deliveries = [];
      deadLetters = [];
      batches = [];
      return changes;
    },
    committed(changes) {
      if (changes.checkpoint !== undefined) position = changes.checkpoint.position;
      for (const update of changes.deliveries) {
        if (unsettled.get(update.recordId)?.hash === update.contentHash) unsettled.delete(update.recordId);
      }
    },
    get position() {
      return position;
    },
    get batchesPending() {
      return batches.length;
    },
  };
}
