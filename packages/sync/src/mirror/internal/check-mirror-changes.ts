import { compareText } from '../../state/internal/check-changes.js';
import type { MirrorChanges, MirrorRecord, MirrorRemoval, MirrorStoreState } from '../mirror-store.js';
import { mirrorError } from './mirror-error.js';

const KINDS = new Set(['uscc', 'idNumber']);

function fail(what: string, value: unknown): never {
  const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : String(value);
  throw mirrorError('E_MIRROR_INPUT', 'apply', `${what}, got ${shown}`);
}

function text(name: string, value: unknown, max: number): void {
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
    fail(`${name} must be non-blank text of at most ${max} characters`, value);
  }
}

function version(value: unknown): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    fail('version must be a positive integer', value);
  }
}

/** Checks a record's values before a store writes it. */
export function checkMirrorRecord(record: MirrorRecord): void {
  text('recordId', record.recordId, 128);
  version(record.version);
  if (!KINDS.has(record.subjectKind)) fail('subjectKind must be uscc or idNumber', record.subjectKind);
  text('subjectKey', record.subjectKey, 64);
  text('changedAt', record.changedAt, 64);
  if (record.endedBy !== undefined) text('endedBy', record.endedBy, 128);
  if (
    typeof record.entry !== 'object' ||
    record.entry === null ||
    record.entry.recordId !== record.recordId
  ) {
    fail('entry must be the blacklist entry of the record', record.entry?.recordId);
  }
}

/** Checks a removal's values. */
export function checkMirrorRemoval(removal: MirrorRemoval): void {
  text('recordId', removal.recordId, 128);
  version(removal.version);
}

/** Checks a whole step: every record and removal, the cursor and the timestamps. */
export function checkMirrorChanges(changes: MirrorChanges): void {
  for (const record of changes.upserts ?? []) checkMirrorRecord(record);
  for (const removal of changes.removals ?? []) checkMirrorRemoval(removal);
  text('cursor', changes.cursor, 4096);
  if (changes.refreshedAt !== undefined) text('refreshedAt', changes.refreshedAt, 64);
}

/** Fails with `E_MIRROR_CONFLICT` when a compare-and-set step does not continue from the stored cursor. */
export function checkExpectedCursor(changes: MirrorChanges, current: MirrorStoreState['cursor']): void {
  if (changes.expectCursor === undefined) return;
  if ((changes.expectCursor ?? undefined) !== current) {
    throw mirrorError(
      'E_MIRROR_CONFLICT',
      'apply',
      `the stored cursor is ${JSON.stringify(current ?? null)}, not the expected ${JSON.stringify(changes.expectCursor)}: another refresher moved it; load() and refresh again`,
    );
  }
}

/** Orders record ids as the stores list them (by code point). */
export const compareRecordIds: (a: string, b: string) => number = compareText;
