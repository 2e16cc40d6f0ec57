import type {
  DeliveryRecord,
  ListDeadLettersOptions,
  ListDeliveriesOptions,
  StoredDeadLetter,
} from '../state-store.js';
import { compareDeliveryKeys } from './check-changes.js';

/** The page of `records` that {@link ListDeliveriesOptions} selects, in key order. */
export function filterDeliveries(
  records: readonly DeliveryRecord[],
  options: ListDeliveriesOptions,
): DeliveryRecord[] {
  const { after } = options;
  return records
    .filter(
      (record) =>
        (options.sink === undefined || record.sink === options.sink) &&
        (options.recordType === undefined || record.recordType === options.recordType) &&
        (options.status === undefined || record.status === options.status) &&
        (after === undefined || compareDeliveryKeys(record, after) > 0),
    )
    .sort(compareDeliveryKeys)
    .slice(0, options.limit ?? 1000)
    .map((record) => structuredClone(record));
}

/** The page of `letters` that {@link ListDeadLettersOptions} selects, in id order. */
export function pageDeadLetters(
  letters: readonly StoredDeadLetter[],
  options: ListDeadLettersOptions,
): StoredDeadLetter[] {
  return letters
    .filter(
      (letter) =>
        (options.runId === undefined || letter.runId === options.runId) &&
        (options.source === undefined || letter.source === options.source) &&
        (options.recordType === undefined || letter.recordType === options.recordType) &&
        (options.includeResolved === true || letter.resolvedAt === undefined) &&
        (options.afterId === undefined || letter.id > options.afterId),
    )
    .slice(0, options.limit ?? 1000)
    .map((letter) => structuredClone(letter));
}
