import { CreditBridgeError, normalizeIdentifier } from '@credit-bridge/core';
import { type SubjectRef, subjectKeyProblem } from '@credit-bridge/credit-platform';
import type { MirrorSubjectKind } from '../mirror-store.js';

/** A subject's identifier as given, and which kind it is. */
export interface SubjectLookup {
  kind: MirrorSubjectKind;
  raw: string;
}

// The contract's `Uscc` and `IdNumber` schemas (docs/contracts/credit-platform.openapi.yaml), checked by
// hand so that a well-formed miss costs a loop, not a regular expression; the adapter's
// `subjectKeyProblem` words the refusal. The GB 32100 code set is the digits and the capitals but I O Z S V.
const USCC_SET = new Uint8Array(128);
for (const char of '0123456789ABCDEFGHJKLMNPQRTUWXY') USCC_SET[char.charCodeAt(0)] = 1;

function isUsccForm(key: string): boolean {
  if (key.length !== 18) return false;
  for (let index = 0; index < 18; index += 1) {
    const code = key.charCodeAt(index);
    const digitOnly = index >= 2 && index < 8;
    if (digitOnly ? code < 48 || code > 57 : code > 127 || USCC_SET[code] !== 1) return false;
  }
  return true;
}

function isIdNumberForm(key: string): boolean {
  if (key.length !== 18) return false;
  for (let index = 0; index < 17; index += 1) {
    const code = key.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  const last = key.charCodeAt(17);
  return (last >= 48 && last <= 57) || last === 88;
}

interface LooseSubject {
  readonly category?: unknown;
  readonly uscc?: unknown;
  readonly idNumber?: unknown;
}

/**
 * Reads the identifier the platform looks a subject up by: a USCC for legal persons and individual
 * businesses, the ID number for a natural person (whatever the document type, as the platform matches),
 * or the one identifier of a `{ uscc }` / `{ idNumber }` key. Writes into `into` so the hot path
 * allocates nothing; throws `E_ARGUMENT` when there is no such identifier.
 */
export function readSubject(subject: SubjectRef, into: SubjectLookup): SubjectLookup {
  const loose = subject as LooseSubject;
  if (loose.category === undefined) {
    if (typeof loose.uscc === 'string' && loose.idNumber === undefined) {
      into.kind = 'uscc';
      into.raw = loose.uscc;
      return into;
    }
    if (typeof loose.idNumber === 'string' && loose.uscc === undefined) {
      into.kind = 'idNumber';
      into.raw = loose.idNumber;
      return into;
    }
    throw subjectError('give exactly one of uscc and idNumber');
  }
  const natural = loose.category === 'natural_person';
  const value = natural ? loose.idNumber : loose.uscc;
  if (typeof value !== 'string')
    throw subjectError(`a ${String(loose.category)} subject without its identifier`);
  into.kind = natural ? 'idNumber' : 'uscc';
  into.raw = value;
  return into;
}

/**
 * True when `value` holds only `0-9` and `A-Z`: `normalizeIdentifier` would return it unchanged, so the
 * lookup skips it (the fast path for input already in machine form).
 */
export function isMachineForm(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code < 48 || (code > 57 && code < 65) || code > 90) return false;
  }
  return true;
}

/** The identifier in machine form. */
export function machineForm(value: string): string {
  return isMachineForm(value) ? value : normalizeIdentifier(value);
}

/**
 * Throws `E_ARGUMENT` (masked) when a normalised identifier has not the contract's form, the same check
 * the remote `blacklist.check` makes before sending: a mistyped number must not read as "not listed".
 * Check characters are the platform's to judge, so a registered code that fails its check still answers.
 */
export function checkIdentifierForm(kind: MirrorSubjectKind, key: string): void {
  if (kind === 'uscc' ? isUsccForm(key) : isIdNumberForm(key)) return;
  const problem = subjectKeyProblem(kind === 'uscc' ? { uscc: key } : { idNumber: key });
  if (problem !== undefined) {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: `[mirror isListed] ${problem.field}: ${problem.message}`,
      details: { [kind]: key },
    });
  }
}

function subjectError(message: string): CreditBridgeError {
  return new CreditBridgeError({ code: 'E_ARGUMENT', message: `[mirror isListed] ${message}` });
}
