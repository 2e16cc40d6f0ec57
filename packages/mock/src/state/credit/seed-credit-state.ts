import { CreditBridgeError, type RecordOf, type RecordType, toWireRecord } from '@credit-bridge/core';
import { createRandom, generateRecord, generateRecords } from '@credit-bridge/core/testing';
import type { CreditState } from './create-credit-state.js';

/** What seeding stored, and a few subjects to try the API with. */
export interface SeedSummary {
  readonly seed: number;
  /** Records accepted per type (a record already held counts as not accepted). */
  readonly accepted: Readonly<Record<RecordType, number>>;
  /** Up to five subjects with a blacklist entry, as check keys. */
  readonly sampleSubjects: readonly ({ readonly uscc: string } | { readonly idNumber: string })[];
}

/**
 * Seeds `count` synthetic records per type (core's generators, dated up to the platform's today) through the
 * same path as a submission, so feeds and repairs behave as for real data. The exchange platform's shared
 * data is seeded the same way. Each repair targets a seeded
 * penalty or blacklist entry (alternately) and names its subject. Throws `E_ARGUMENT` for a bad count.
 *
 * @example
 * seedCreditState(state, { seed: 7, count: 20 }).accepted.penalty; // 20
 */
export function seedCreditState(
  state: Pick<CreditState, 'today' | 'submit'>,
  options: { seed: number; count: number },
): SeedSummary {
  const { seed, count } = options;
  if (!Number.isSafeInteger(count) || count < 0 || count > 10_000) {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: `[seed] count must be 0–10000, got ${String(count)}`,
    });
  }
  const today = state.today();
  const penalties = generateRecords('penalty', { seed, count, today });
  const licenses = generateRecords('license', { seed, count, today });
  const entries = generateRecords('blacklist', { seed, count, today });
  const random = createRandom(seed ^ 0x7e5a1);
  const repairs = Array.from({ length: count }, (_, index) => {
    const target = index % 2 === 0 ? penalties[index] : entries[index];
    const recordType = index % 2 === 0 ? 'penalty' : 'blacklist';
    return generateRecord(
      'repair',
      random,
      target === undefined
        ? {}
        : { target: { recordType, recordId: target.recordId }, subject: target.subject },
      { today, sequence: index + 1 },
    );
  });
  const submit = <T extends RecordType>(type: T, records: readonly RecordOf<T>[]): number =>
    state.submit(
      type,
      records.map((record) => toWireRecord(type, record)),
    ).accepted;
  const accepted = {
    penalty: submit('penalty', penalties),
    license: submit('license', licenses),
    blacklist: submit('blacklist', entries),
    repair: submit('repair', repairs),
  };
  const sampleSubjects = entries
    .slice(0, 5)
    .map(({ subject }) =>
      subject.category === 'natural_person' ? { idNumber: subject.idNumber } : { uscc: subject.uscc },
    );
  return { seed, accepted, sampleSubjects };
}
