import { type ExchangeReceiptError, isCreditBridgeError } from '@credit-bridge/core';

/** A record that encodes, with what it adds to a message. */
export interface PlannedRecord<T> {
  /** Position in the caller's input. */
  index: number;
  record: T;
  recordId: string;
  version: number;
  /** Bytes of a message holding this record alone. */
  aloneBytes: number;
}

/** A record the codec refused: it is reported `rejected` and never sent. */
export interface UnsendableRecord {
  index: number;
  recordId: string;
  version: number;
  errors: ExchangeReceiptError[];
}

/** The contract's limits of one message. */
export interface MessageLimits {
  maxRecords: number;
  maxBytes: number;
}

// recordCount grows from one digit (measured) to at most three (500); nothing else in a header varies.
const SIZE_MARGIN = 16;

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function refusal(error: unknown): ExchangeReceiptError {
  if (!isCreditBridgeError(error)) throw error;
  const field = error.details.field;
  return {
    code: error.code,
    ...(typeof field === 'string' ? { field } : {}),
    message: error.message,
  };
}

/**
 * Plans the messages of a publication: each record is encoded alone, without a size limit (a record the
 * codec refuses, or one too large for a message of its own, becomes an {@link UnsendableRecord}); the
 * others are sorted by (record id, version), so the same records always form the same messages whatever
 * the input order, and split so that no message exceeds the record limit or, counted exactly from the
 * encoded sizes, the byte limit. A message of records r₁…rₖ takes
 * Σ size(rᵢ alone) − (k − 1) × the envelope, the envelope measured once as 2 × size(r alone) − size(r, r).
 *
 * @example
 * const encode = (some) => encodeExchangeMessage({ ...template, records: some });
 * const { batches, unsendable } = planMessages(records, encode, limits);
 */
export function planMessages<T extends { recordId: string; version: number }>(
  records: readonly T[],
  encode: (records: readonly T[]) => Uint8Array,
  limits: MessageLimits,
): { batches: PlannedRecord<T>[][]; unsendable: UnsendableRecord[] } {
  const planned: PlannedRecord<T>[] = [];
  const unsendable: UnsendableRecord[] = [];
  records.forEach((record, index) => {
    const recordId = String(record.recordId);
    const version = Number(record.version);
    let aloneBytes: number;
    try {
      aloneBytes = encode([record]).length;
    } catch (error) {
      unsendable.push({ index, recordId, version, errors: [refusal(error)] });
      return;
    }
    if (aloneBytes > limits.maxBytes) {
      const message = `a message holding this record alone is ${aloneBytes} bytes, over the limit of ${limits.maxBytes}`;
      unsendable.push({ index, recordId, version, errors: [{ code: 'E_XML_TOO_LARGE', message }] });
    } else {
      planned.push({ index, record, recordId, version, aloneBytes });
    }
  });
  planned.sort(
    (a, b) => compareCodeUnits(a.recordId, b.recordId) || a.version - b.version || a.index - b.index,
  );
  const smallest = planned.reduce<PlannedRecord<T> | undefined>(
    (least, item) => (least === undefined || item.aloneBytes < least.aloneBytes ? item : least),
    undefined,
  );
  if (smallest === undefined) return { batches: [], unsendable };
  const envelope = 2 * smallest.aloneBytes - encode([smallest.record, smallest.record]).length;
  const budget = limits.maxBytes - SIZE_MARGIN;
  const batches: PlannedRecord<T>[][] = [];
  let current: PlannedRecord<T>[] = [];
  let size = 0;
  for (const item of planned) {
    const added = item.aloneBytes - envelope;
    if (current.length > 0 && (current.length >= limits.maxRecords || size + added > budget)) {
      batches.push(current);
      current = [];
    }
    size = current.length === 0 ? item.aloneBytes : size + added;
    current.push(item);
  }
  batches.push(current);
  return { batches, unsendable };
}
