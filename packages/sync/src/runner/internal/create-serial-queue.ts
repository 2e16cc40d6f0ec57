/** Runs async tasks one at a time, in the order they were queued. */
export interface SerialQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Resolves when every task queued so far has finished. */
  drained(): Promise<void>;
}

/**
 * Creates a serial queue. A stream's ledger reads and commits go through one, so a record is judged
 * against the ledger either wholly before or wholly after a commit, never between its read and its use.
 *
 * @example
 * const queue = createSerialQueue();
 * await queue.run(async () => judge(await store.findDeliveries(keys)));
 */
export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(task) {
      const result = tail.then(task);
      tail = result.catch(() => undefined);
      return result;
    },
    drained() {
      return tail.then(() => undefined);
    },
  };
}
