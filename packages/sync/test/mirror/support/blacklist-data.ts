import { type BlacklistEntry, type RecordOf, type RecordType, toWireRecord } from '@credit-bridge/core';
import {
  createRandom,
  generateRecords,
  generateRepairRecord,
  generateUscc,
  SYNTHETIC_TODAY,
} from '@credit-bridge/core/testing';
import type { SubjectKey } from '@credit-bridge/credit-platform';
import type { CreditPlatform } from '@credit-bridge/mock';

/** The platform's day in the fixtures (their clocks start on it). */
export const TODAY = SYNTHETIC_TODAY;

/** Synthetic listings; each seed gives other subjects and, through `first`, other record ids. */
export function listings(seed: number, count: number, first = 1): BlacklistEntry[] {
  return generateRecords('blacklist', { seed, count, today: TODAY }).map((entry, index) => ({
    ...entry,
    recordId: `SXMD-${seed}-${String(first + index).padStart(6, '0')}`,
  }));
}

/** The next version of a listing: its removal (移出) on the fixtures' today. */
export function removalOf(entry: BlacklistEntry): BlacklistEntry {
  return {
    ...entry,
    version: entry.version + 1,
    action: 'remove',
    removedDate: TODAY,
    removalReason: '信用修复后提前移出',
    removalAuthority: entry.authority,
  };
}

/** The next version of a listing, still listed, with a changed reason. */
export function updateOf(entry: BlacklistEntry): BlacklistEntry {
  return { ...entry, version: entry.version + 1, reason: `${entry.reason}（更正）` };
}

/** Submits records straight into the platform's state (no client, no ledger); every one must be accepted. */
export function submitToPlatform<T extends RecordType>(
  platform: CreditPlatform,
  type: T,
  records: readonly RecordOf<T>[],
): void {
  const outcome = platform.state.submit(
    type,
    records.map((record) => toWireRecord(type, record)),
  );
  if (outcome.accepted !== records.length) {
    throw new Error(
      `the platform accepted ${outcome.accepted} of ${records.length}: ${JSON.stringify(outcome)}`,
    );
  }
}

/** Ends a listing's publication the platform's way: an approved 信用修复 of it. */
export function endByRepair(platform: CreditPlatform, entry: BlacklistEntry, seed: number): string {
  const repair = generateRepairRecord(
    createRandom(seed),
    {
      status: 'approved',
      target: { recordType: 'blacklist', recordId: entry.recordId },
      subject: entry.subject,
    },
    { today: TODAY, sequence: seed },
  );
  submitToPlatform(platform, 'repair', [repair]);
  return repair.recordId;
}

/** The platform's lookup key of an entry's subject. */
export function keyOf(entry: BlacklistEntry): SubjectKey {
  return entry.subject.category === 'natural_person'
    ? { idNumber: entry.subject.idNumber }
    : { uscc: entry.subject.uscc };
}

/** The identifier of a key. */
export function identifierOf(key: SubjectKey): string {
  return 'uscc' in key ? key.uscc : key.idNumber;
}

/** The same key written in full-width forms, as a Chinese input method in full-width mode types it. */
export function fullWidth(key: SubjectKey): SubjectKey {
  const wide = (text: string) =>
    text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
  return 'uscc' in key ? { uscc: wide(key.uscc) } : { idNumber: wide(key.idNumber) };
}

/** The same key in lower case, with spaces around and inside, as pasted from a document. */
export function untidy(key: SubjectKey): SubjectKey {
  const mess = (text: string) => ` ${text.slice(0, 6).toLowerCase()} ${text.slice(6).toLowerCase()}\u3000`;
  return 'uscc' in key ? { uscc: mess(key.uscc) } : { idNumber: mess(key.idNumber) };
}

/** A valid USCC that no listing of these seeds uses. */
export function neverListedUscc(seed: number): SubjectKey {
  return { uscc: generateUscc(createRandom(seed * 7919), { category: '3' }) };
}
