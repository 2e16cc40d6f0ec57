/** Counts records in flight and lets the reader wait while there are too many (backpressure). */
export interface InFlightWindow {
  add(count: number): void;
  release(count: number): void;
  readonly size: number;
  readonly full: boolean;
  /** Resolves once the window is below its limit again (at once if it is), or on {@link open}. */
  wait(): Promise<void>;
  /** Lets every waiter go whatever the count: the stream is stopping. */
  open(): void;
}

/**
 * Creates the window between a stream's reader and its sinks: records enter when read and leave when
 * every sink settled (or deferred) them, so a slow platform slows the reading instead of filling memory.
 *
 * @example
 * const window = createInFlightWindow(20_000);
 * if (window.full) await window.wait();
 */
export function createInFlightWindow(limit: number): InFlightWindow {
  let size = 0;
  let opened = false;
  let waiters: (() => void)[] = [];
  const wake = () => {
    const woken = waiters;
    waiters = [];
    for (const resolve of woken) resolve();
  };
  return {
    add(count) {
      size += count;
    },
    release(count) {
      size -= count;
      if (size < limit) wake();
    },
    get size() {
      return size;
    },
    get full() {
      return !opened && size >= limit;
    },
    wait() {
      if (opened || size < limit) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    open() {
      opened = true;
      wake();
    },
  };
}
