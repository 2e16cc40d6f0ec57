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

/** How big records make a message. */
export interface MessageSizer<T> {
  /** The bytes a record adds to a message's Body; throws what encoding the record would throw. */
  measure(record: T): number;
  /** The bytes of a whole message holding `record` alone (asked once per plan, for the envelope). */
  alone(record: T): number;
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
 * Plans the messages of a publication: each record is measured as it would stand in a message's Body
 * (a record the codec refuses, or one too large for a message of its own, becomes an
 * {@link UnsendableRecord}); the others are sorted by (record id, version), so the same records always
 * form the same messages whatever the input order, and split so that no message exceeds the record
 * limit or, counted exactly, the byte limit. A message of records r₁…rₖ takes the envelope plus
 * Σ body(rᵢ), the envelope measured once as the size of a message of one record less that record's body.
 * No message is encoded per record.
 *
 * @example
 * const sizer = { measure: (r) => measureExchangeRecord('XZCF', r), alone: (r) => encodeExchangeMessage({ ...template, records: [r] }).length };
 * const { batches, unsendable } = planMessages(records, sizer, limits);
 */
export function planMessages<T extends { recordId: string; version: number }>(
  records: readonly T[],
  sizer: MessageSizer<T>,
  limits: MessageLimits,
): { batches: PlannedRecord<T>[][]; unsendable: UnsendableRecord[] } {
  const measured: { index: number; record: T; recordId: string; version: number; body: number }[] = [];
  const unsendable: UnsendableRecord[] = [];
  records.forEach((record, index) => {
    const recordId = String(record.recordId);
    const version = Number(record.version);
    try {
      measured.push({ index, record, recordId, version, body: sizer.measure(record) });
    } catch (error) {
      unsendable.push({ index, recordId, version, errors: [refusal(error)] });
    }
  });
  const first = measured[0];
  if (first === undefined) return { batches: [], unsendable };
  const envelope = sizer.alone(first.record) - first.body;
  const planned: PlannedRecord<T>[] = [];
  for (const { body, ...item } of measured) {
    const aloneBytes = envelope + body;
    if (aloneBytes > limits.maxBytes) {
      const message = `a message holding this record alone is ${aloneBytes} bytes, over the limit of ${limits.maxBytes}`;
      unsendable.push({
        index: item.index,
        recordId: item.recordId,
        version: item.version,
        errors: [{ code: 'E_XML_TOO_LARGE', message }],
      });
    } else {
      planned.push({ ...item, aloneBytes });
    }
  }
  unsendable.sort((a, b) => a.index - b.index);
  planned.sort(
    (a, b) => compareCodeUnits(a.recordId, b.recordId) || a.version - b.version || a.index - b.index,
  );
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
