import { CreditBridgeError } from '@credit-bridge/core';

/**
 * What one delivery may hold: at most `maxRecords` items and `maxBytes` bytes of body, where a body is
 * `overheadBytes` (e.g. `{"records":[` and `]}`) plus each item's bytes plus `separatorBytes` between
 * neighbours (a comma in JSON, nothing in XML).
 */
export interface BatchLimits {
  readonly maxRecords: number;
  readonly maxBytes: number;
  readonly overheadBytes: number;
  readonly separatorBytes: number;
}

/** Gathers items into batches as they arrive, in order, never over the limits. */
export interface Batcher<T> {
  /** Whether an item of this size fits in a batch at all; one that does not must be refused before {@link add}. */
  fits(bytes: number): boolean;
  /**
   * Adds an item; returns the batch it closed (the items before it) when the item did not fit into the
   * open one, or when it filled the open one to `maxRecords`.
   */
  add(item: T, bytes: number): T[] | undefined;
  /** Closes and returns the open batch, if it holds anything. */
  flush(): T[] | undefined;
  /** Items in the open batch. */
  readonly size: number;
}

/**
 * Creates a streaming batcher: items keep their order, each batch respects both limits, and a batch is
 * handed out as soon as it is full, so memory holds one open batch. An item too large for any batch
 * throws `E_SYNC_BATCH` (ask {@link Batcher.fits} first).
 *
 * @example
 * const batcher = createBatcher<PenaltyRecord>({ maxRecords: 500, maxBytes: 4_194_304, overheadBytes: 14, separatorBytes: 1 });
 * const full = batcher.add(record, bytes);
 * if (full) send(full);
 */
export function createBatcher<T>(limits: BatchLimits): Batcher<T> {
  checkLimits(limits);
  let open: T[] = [];
  let bytes = limits.overheadBytes;
  const fits = (itemBytes: number) => limits.overheadBytes + itemBytes <= limits.maxBytes;

  return {
    fits,
    add(item, itemBytes) {
      if (!fits(itemBytes)) {
        throw new CreditBridgeError({
          code: 'E_SYNC_BATCH',
          message: `[batcher] an item of ${itemBytes} bytes cannot fit in a body of ${limits.maxBytes}`,
        });
      }
      let closed: T[] | undefined;
      const added = itemBytes + (open.length > 0 ? limits.separatorBytes : 0);
      if (open.length > 0 && bytes + added > limits.maxBytes) {
        closed = open;
        open = [];
        bytes = limits.overheadBytes;
      }
      bytes += itemBytes + (open.length > 0 ? limits.separatorBytes : 0);
      open.push(item);
      // A batch closed above leaves one item open, below any maxRecords that let it hold two: at most
      // one batch closes per item.
      if (closed === undefined && open.length >= limits.maxRecords) {
        closed = open;
        open = [];
        bytes = limits.overheadBytes;
      }
      return closed;
    },
    flush() {
      if (open.length === 0) return undefined;
      const last = open;
      open = [];
      bytes = limits.overheadBytes;
      return last;
    },
    get size() {
      return open.length;
    },
  };
}

/**
 * Splits items into consecutive batches within `limits` (see {@link createBatcher}); `sizeOf` gives each
 * item's bytes. Every item lands in exactly one batch, in order.
 *
 * @example
 * splitIntoBatches(records, limits, (record) => Buffer.byteLength(JSON.stringify(record)));
 */
export function splitIntoBatches<T>(
  items: Iterable<T>,
  limits: BatchLimits,
  sizeOf: (item: T) => number,
): T[][] {
  const batcher = createBatcher<T>(limits);
  const batches: T[][] = [];
  for (const item of items) {
    const closed = batcher.add(item, sizeOf(item));
    if (closed !== undefined) batches.push(closed);
  }
  const last = batcher.flush();
  if (last !== undefined) batches.push(last);
  return batches;
}

function checkLimits(limits: BatchLimits): void {
  const whole = (value: number) => Number.isSafeInteger(value) && value >= 0;
  if (!(whole(limits.maxRecords) && limits.maxRecords >= 1) || !whole(limits.maxBytes)) {
    throw new CreditBridgeError({
      code: 'E_SYNC_BATCH',
      message: `[batcher] maxRecords must be a whole number >= 1 and maxBytes >= 0, got ${limits.maxRecords} and ${limits.maxBytes}`,
    });
  }
  if (!whole(limits.overheadBytes) || !whole(limits.separatorBytes)) {
    throw new CreditBridgeError({
      code: 'E_SYNC_BATCH',
      message: '[batcher] overheadBytes and separatorBytes must be whole numbers >= 0',
    });
  }
}
