import {
  type ExchangeEncoding,
  type ExchangeRecordOf,
  measureExchangeRecord,
  type RecordMessageType,
} from '@credit-bridge/core';

/** A client's record measurements, kept for the very record objects it measured. */
export interface RecordSizes {
  /** Measures a record as it stands in a message Body in the client's encoding, and keeps the answer. */
  measure<M extends RecordMessageType>(messageType: M, record: ExchangeRecordOf<M>): number;
  /** The kept measurement of this very object for `messageType`, or a fresh one. */
  sizeOf<M extends RecordMessageType>(messageType: M, record: ExchangeRecordOf<M>): number;
}

/**
 * Creates the measurements of one client's encoding. A batcher that measured records to split them
 * (the sync's exchange sink) hands `publish` the same objects, which then plans its messages without
 * measuring them again. Records must not change between measuring and publishing; if one does, the
 * message encode still refuses to exceed the byte limit.
 *
 * @example
 * const sizes = createRecordSizes('UTF-8');
 * sizes.measure('XZCF', penalty); // 1874
 * sizes.sizeOf('XZCF', penalty); // 1874, not measured again
 */
export function createRecordSizes(encoding: ExchangeEncoding): RecordSizes {
  const kept = new WeakMap<object, { messageType: RecordMessageType; bytes: number }>();
  const measure = <M extends RecordMessageType>(messageType: M, record: ExchangeRecordOf<M>) => {
    const bytes = measureExchangeRecord(messageType, asMeasured(record), { encoding });
    kept.set(record, { messageType, bytes });
    return bytes;
  };
  return {
    measure,
    sizeOf(messageType, record) {
      const known = kept.get(record);
      return known?.messageType === messageType
        ? known.bytes
        : measureExchangeRecord(messageType, asMeasured(record), { encoding });
    },
  };
}

// `ExchangeRecordOf<M>` is the record type `measureExchangeRecord` takes for `M`; TypeScript cannot see
// the two generic forms as one.
function asMeasured<M extends RecordMessageType>(
  record: ExchangeRecordOf<M>,
): Parameters<typeof measureExchangeRecord<M>>[1] {
  return record as Parameters<typeof measureExchangeRecord<M>>[1];
}
