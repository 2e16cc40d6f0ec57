import { type RecordOf, type Subject, toWireRecord, type WireRow } from '@credit-bridge/core';
import { createRandom, generateRecord, generateSubject } from '@credit-bridge/core/testing';

/** A synthetic subject: a company unless told otherwise. */
export function subjectOf(seed: number, category: Subject['category'] = 'legal_person'): Subject {
  return generateSubject(createRandom(seed), { category });
}

/** The check key of a subject. */
export function keyOf(subject: Subject): { uscc: string } | { idNumber: string } {
  return subject.category === 'natural_person' ? { idNumber: subject.idNumber } : { uscc: subject.uscc };
}

/** The check query of a subject (`uscc=…` or `idNumber=…`). */
export function checkQuery(subject: Subject): string {
  return subject.category === 'natural_person' ? `idNumber=${subject.idNumber}` : `uscc=${subject.uscc}`;
}

/** A listing of `subject`, version `version`, as a domain record. */
export function listing(
  seed: number,
  subject: Subject,
  overrides: Partial<RecordOf<'blacklist'>> = {},
): RecordOf<'blacklist'> {
  return generateRecord('blacklist', createRandom(seed), {
    action: 'list',
    subject,
    validUntil: '2029-01-01',
    ...overrides,
  });
}

/** A penalty of `subject` decided 2026-05-01, of general severity: in publication on the scenarios' day. */
export function publishedPenalty(seed: number, subject: Subject): RecordOf<'penalty'> {
  const penalty = generateRecord('penalty', createRandom(seed), {
    subject,
    decisionDate: '2026-05-01',
    validUntil: '2027-05-01',
    severity: 'general',
    sector: 'other',
  });
  const { publicationEndDate: _dropped, ...rest } = penalty;
  return rest;
}

/** An approved repair of a target, for `subject`. */
export function approvedRepair(
  seed: number,
  target: { recordType: 'penalty' | 'blacklist'; recordId: string },
  subject: Subject,
): RecordOf<'repair'> {
  return generateRecord('repair', createRandom(seed), { target, subject, status: 'approved' });
}

/** Wire rows of domain records. */
export function rows<T extends 'penalty' | 'license' | 'blacklist' | 'repair'>(
  type: T,
  ...records: RecordOf<T>[]
): { records: WireRow[] } {
  return { records: records.map((record) => toWireRecord(type, record)) };
}
