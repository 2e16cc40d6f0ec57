import { isRecordType } from '@credit-bridge/core';
import type {
  CheckpointUpdate,
  DeadLetterInput,
  DeliveryKey,
  DeliveryRecord,
  DeliveryStatus,
  DeliveryUpdate,
  RecordKey,
} from '../state-store.js';
import { stateError } from './state-error.js';

const STATUSES: readonly DeliveryStatus[] = ['sent', 'accepted', 'rejected'];
const HASH = /^[0-9a-f]{64}$/;

function fail(operation: string, what: string, value: unknown): never {
  const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : String(value);
  throw stateError('E_STATE_INPUT', operation, `${what}, got ${shown}`);
}

function text(operation: string, name: string, value: unknown, max = 512): void {
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
    fail(operation, `${name} must be non-blank text of at most ${max} characters`, value);
  }
}

function plainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks a record key's parts. */
export function checkRecordKey(operation: string, key: RecordKey): void {
  if (!isRecordType(key.recordType)) fail(operation, 'recordType must be a record type', key.recordType);
  text(operation, 'recordId', key.recordId, 128);
}

/** Checks a delivery key's parts. */
export function checkDeliveryKey(operation: string, key: DeliveryKey): void {
  checkRecordKey(operation, key);
  if (!Number.isSafeInteger(key.version) || key.version < 1) {
    fail(operation, 'version must be a positive integer', key.version);
  }
  if (typeof key.contentHash !== 'string' || !HASH.test(key.contentHash)) {
    fail(operation, 'contentHash must be 64 lower-case hex characters', key.contentHash);
  }
  text(operation, 'sink', key.sink, 200);
}

/** Checks a delivery update's values; stores call it per item inside their transaction. */
export function checkDeliveryUpdate(update: DeliveryUpdate): void {
  const operation = 'commit';
  checkDeliveryKey(operation, update);
  if (!STATUSES.includes(update.status))
    fail(operation, `status must be one of ${STATUSES.join(', ')}`, update.status);
  text(operation, 'at', update.at, 64);
  if (update.receipt !== undefined && !plainObject(update.receipt))
    fail(operation, 'receipt must be an object', update.receipt);
  if (update.runId !== undefined) text(operation, 'runId', update.runId, 200);
}

/**
 * The ledger entry after `update`: attempts counted, the first time kept. An accepted delivery is
 * final; asking it to become `sent` or `rejected` means the caller lost track of the ledger, so it
 * fails (`E_STATE_TRANSITION`) and with it the whole commit.
 */
export function nextDelivery(existing: DeliveryRecord | undefined, update: DeliveryUpdate): DeliveryRecord {
  if (existing?.status === 'accepted' && update.status !== 'accepted') throw transitionError(update);

  const receipt = update.receipt ?? existing?.receipt;
  const runId = update.runId ?? existing?.runId;
  return {
    recordType: update.recordType,
    recordId: update.recordId,
    version: update.version,
    contentHash: update.contentHash,
    sink: update.sink,
    status: update.status,
    attempts: (existing?.attempts ?? 0) + 1,
    firstAt: existing?.firstAt ?? update.at,
    updatedAt: update.at,
    ...(receipt === undefined ? {} : { receipt }),
    ...(runId === undefined ? {} : { runId }),
  };
}

/** The error for an accepted delivery asked to become `sent` or `rejected`. */
export function transitionError(update: DeliveryUpdate): Error {
  return stateError(
    'E_STATE_TRANSITION',
    'commit',
    `${update.recordType} ${update.recordId} v${update.version} was accepted by ${update.sink}; it cannot become ${update.status}`,
    { recordType: update.recordType, recordId: update.recordId, version: update.version, sink: update.sink },
  );
}

/** Checks a checkpoint update's values. */
export function checkCheckpointUpdate(update: CheckpointUpdate): void {
  const operation = 'commit';
  text(operation, 'stream', update.stream, 512);
  const { position } = update;
  const valid = typeof position === 'string' ? position.length <= 4096 : Number.isFinite(position);
  if (!valid) fail(operation, 'position must be a finite number or text', position);
  text(operation, 'at', update.at, 64);
  if (update.fingerprint !== undefined) text(operation, 'fingerprint', update.fingerprint, 512);
  if (update.runId !== undefined) text(operation, 'runId', update.runId, 200);
}

/** Fails the commit when a compare-and-set checkpoint update does not hold. */
export function checkExpectedPosition(update: CheckpointUpdate, current: string | number | undefined): void {
  if (update.expect === undefined) return;
  if ((update.expect ?? undefined) !== current) {
    throw stateError(
      'E_STATE_CONFLICT',
      'commit',
      `checkpoint ${JSON.stringify(update.stream)} is at ${JSON.stringify(current ?? null)}, not the expected ${JSON.stringify(update.expect)}`,
      { stream: update.stream },
    );
  }
}

/** Checks a dead letter's values. */
export function checkDeadLetter(letter: DeadLetterInput): void {
  const operation = 'commit';
  text(operation, 'source', letter.source, 1024);
  if (!Number.isSafeInteger(letter.rowNumber) || letter.rowNumber < 0) {
    fail(operation, 'rowNumber must be a non-negative integer', letter.rowNumber);
  }
  if (!isRecordType(letter.recordType))
    fail(operation, 'recordType must be a record type', letter.recordType);
  if (letter.recordId !== undefined) text(operation, 'recordId', letter.recordId, 128);
  if (!Array.isArray(letter.issues)) fail(operation, 'issues must be an array', letter.issues);
  text(operation, 'at', letter.at, 64);
}

/** Orders ledger keys as the stores list them: type, id, version (numeric), hash, sink. */
export function compareDeliveryKeys(a: DeliveryKey, b: DeliveryKey): number {
  return (
    compareText(a.recordType, b.recordType) ||
    compareText(a.recordId, b.recordId) ||
    a.version - b.version ||
    compareText(a.contentHash, b.contentHash) ||
    compareText(a.sink, b.sink)
  );
}

/**
 * Compares by Unicode code point, which is the order of UTF-8 bytes, and so the order SQLite's and
 * PostgreSQL's binary (`C`) collations give; plain `<` compares UTF-16 units and differs above U+FFFF.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const x = a.codePointAt(i) as number;
    const y = b.codePointAt(i) as number;
    if (x !== y) return x - y;
    if (x > 0xffff) i += 1;
  }
  return a.length - b.length;
}
