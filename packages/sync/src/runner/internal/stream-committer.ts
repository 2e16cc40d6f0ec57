import type { DeadLetterWriter } from '../../dead-letter/create-dead-letter-writer.js';
import type { DeadLetter } from '../../dead-letter/dead-letter.js';
import type { Checkpoint, CheckpointUpdate, StateStore } from '../../state/state-store.js';
import type { LaneChanges } from './lane-ledger.js';
import type { SinkLane } from './sink-lane.js';

/** What {@link createStreamCommitter} needs. */
export interface StreamCommitterOptions {
  readonly stream: string;
  readonly store: StateStore;
  readonly runId: string;
  now(): string;
  readonly fingerprint: string | undefined;
  /** The stream's dead-letter checkpoint as stored. */
  readonly letters: Checkpoint | undefined;
  lanes(): readonly SinkLane[];
  readonly deadLetters: DeadLetterWriter | undefined;
}

/** Gathers a stream's dead letters and its lanes' changes into atomic commits. */
export interface StreamCommitter {
  /** A row dead-lettered before delivery; stored unless an earlier run stored it. */
  reject(position: number, letter: DeadLetter): void;
  /** A row judged valid. */
  judged(position: number): void;
  /** Enough has gathered to be worth a commit of its own (letters, settled rows or delivered batches). */
  wantsCommit(): boolean;
  /** Commits everything gathered (call it through the stream's serial queue). */
  commit(): Promise<void>;
}

// A commit costs an fsync: gather this much before committing. Four delivered batches share one
// commit (or a batch waits COMMIT_WITHIN_MS at most, see syncStream): on storage whose fsync takes
// 5 ms, a 200k sync spent 4.8 s in 400 commits of a batch each and 2.7-3.6 s in about 100 shared ones.
const LETTERS_PER_COMMIT = 200;
const ROWS_PER_COMMIT = 2000;
const BATCHES_PER_COMMIT = 4;

/**
 * Creates a stream's committer. Rows dead-lettered before delivery are stored once: the
 * `<stream>→dead-letters` checkpoint records how far they were, moved in the same commit as the letters,
 * so a resumed run re-reads those rows without storing their letters again. Each commit takes every
 * lane's settled ledger entries, sink dead letters and checkpoint, so nothing settled is committed
 * without the checkpoint that passes it, nor a checkpoint without what it passes. Dead letters reach the
 * JSONL file after their commit: the file never holds a letter the store lacks.
 *
 * @example
 * const committer = createStreamCommitter({ stream, store, runId, now, fingerprint, letters, lanes, deadLetters });
 * await queue.run(() => committer.commit());
 */
export function createStreamCommitter(options: StreamCommitterOptions): StreamCommitter {
  const { store } = options;
  const stored = options.letters;
  const start =
    stored !== undefined && typeof stored.position === 'number' && stored.fingerprint === options.fingerprint
      ? stored.position
      : undefined;
  let committed = stored?.position;
  let judgedThrough: number | undefined;
  let pending: DeadLetter[] = [];

  const lettersCheckpoint = (): CheckpointUpdate | undefined => {
    if (judgedThrough === undefined || judgedThrough === committed) return undefined;
    if (start !== undefined && judgedThrough <= start) return undefined;
    return {
      stream: `${options.stream}→dead-letters`,
      position: judgedThrough,
      runId: options.runId,
      at: options.now(),
      expect: committed ?? null,
      ...(options.fingerprint === undefined ? {} : { fingerprint: options.fingerprint }),
    };
  };

  return {
    reject(position, letter) {
      judgedThrough = position;
      if (start === undefined || position > start) pending.push(letter);
    },
    judged(position) {
      judgedThrough = position;
    },
    wantsCommit() {
      if (pending.length >= LETTERS_PER_COMMIT) return true;
      return options.lanes().some((lane) => {
        if (lane.batchesPending >= BATCHES_PER_COMMIT) return true;
        const through = lane.tracker.settledThrough;
        const from = typeof lane.checkpoint === 'number' ? lane.checkpoint : 0;
        return through !== undefined && through - from >= ROWS_PER_COMMIT;
      });
    },
    async commit() {
      const lanes = options.lanes();
      const parts = lanes.map((lane) => lane.takeChanges());
      const letters = [...pending, ...parts.flatMap((part) => part.deadLetters)];
      pending = [];
      const checkpoints = [lettersCheckpoint(), ...parts.map((part) => part.checkpoint)].filter(
        (update): update is CheckpointUpdate => update !== undefined,
      );
      const deliveries = parts.flatMap((part) => part.deliveries);
      if (deliveries.length === 0 && letters.length === 0 && checkpoints.length === 0) {
        settle(lanes, parts);
        return;
      }
      await store.commit({
        deliveries,
        checkpoints,
        deadLetters: letters.map((letter) => ({ ...letter, runId: options.runId })),
      });
      for (const update of checkpoints) {
        if (update.stream === `${options.stream}→dead-letters`) committed = update.position;
      }
      settle(lanes, parts);
      for (const letter of letters) await options.deadLetters?.write(letter);
    },
  };
}

function settle(lanes: readonly SinkLane[], parts: readonly LaneChanges[]): void {
  for (const [index, part] of parts.entries()) lanes[index]?.committed(part);
}
