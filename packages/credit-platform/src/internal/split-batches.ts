/** Limits of one batch: how many items, and how many bytes the whole body may take. */
export interface BatchLimits {
  maxItems: number;
  maxBytes: number;
  /** Bytes of the body around the items, e.g. `{"records":[` and `]}`. */
  overheadBytes: number;
}

/**
 * Splits items (each with the byte length of its JSON) into consecutive batches that respect both the
 * item limit and the body limit, counting one comma between items. The caller keeps out items that
 * cannot fit alone. Returns the positions of the items of each batch.
 *
 * @example
 * splitBatches([{ bytes: 10 }, { bytes: 10 }, { bytes: 10 }], { maxItems: 2, maxBytes: 100, overheadBytes: 14 });
 * // [[0, 1], [2]]
 */
export function splitBatches(items: readonly { bytes: number }[], limits: BatchLimits): number[][] {
  const batches: number[][] = [];
  let current: number[] = [];
  let size = limits.overheadBytes;
  items.forEach((item, position) => {
    const added = item.bytes + (current.length > 0 ? 1 : 0);
    if (current.length > 0 && (current.length >= limits.maxItems || size + added > limits.maxBytes)) {
      batches.push(current);
      current = [];
      size = limits.overheadBytes;
    }
    size += item.bytes + (current.length > 0 ? 1 : 0);
    current.push(position);
  });
  if (current.length > 0) batches.push(current);
  return batches;
}
