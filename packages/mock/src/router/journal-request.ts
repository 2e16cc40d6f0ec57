import { redact, redactText, toShanghaiTimestamp } from '@credit-bridge/core';
import type { FaultSpec } from '../state/faults/fault.js';
import type { Journal } from '../state/journal/create-journal.js';
import type { JournalEntry } from '../state/journal/journal-entry.js';
import type { EnvelopeProfile } from './answer.js';
import type { MockRequest, MockResponse } from './mock-request.js';
import { bodyText } from './read-request.js';

/** What an operation adds to its journal entry beyond the request line and the answer. */
export interface JournalExtras {
  /** Stands in for the request body (already masked), e.g. the header of a published XML message. */
  readonly requestBody?: unknown;
  readonly messageId?: string;
  readonly receiptStatus?: JournalEntry['receiptStatus'];
}

/** What the router knows about a request when it writes the journal entry. */
export interface JournalFacts extends JournalExtras {
  readonly platform: JournalEntry['platform'];
  readonly at: number;
  readonly request: MockRequest;
  readonly response: MockResponse;
  readonly operation?: string;
  readonly requestId: string;
  readonly appKey?: string;
  readonly idempotencyKey?: string;
  readonly replayed?: boolean;
  readonly fault?: FaultSpec;
}

/**
 * Writes a journal entry: the envelope's codes read back from a JSON response (under the profile's names),
 * the request body parsed when it is JSON, with identifiers, personal names and secrets masked (or what
 * the operation put in its place). The entry is built when the journal is first read: reading the response
 * back and masking the body cost more than most requests, and the bytes they come from never change.
 */
export function journalRequest(journal: Journal, profile: EnvelopeProfile, facts: JournalFacts): void {
  const { request, response } = facts;
  const fault =
    facts.fault === undefined ? undefined : { kind: facts.fault.kind, timing: facts.fault.timing };
  const extras: JournalExtras = {
    ...('requestBody' in facts ? { requestBody: facts.requestBody } : {}),
    ...(facts.messageId === undefined ? {} : { messageId: facts.messageId }),
    ...(facts.receiptStatus === undefined ? {} : { receiptStatus: facts.receiptStatus }),
  };
  const { at, platform, requestId, operation, appKey, idempotencyKey, replayed } = facts;
  journal.recordLazily(() => {
    const envelope = parseJson(response.body);
    const fields = profile.envelope.fields;
    const code = envelope?.[fields.code];
    const error = envelope?.[fields.error];
    const errorCode =
      typeof error === 'object' && error !== null ? (error as Record<string, unknown>).code : undefined;
    const body = 'requestBody' in extras ? extras.requestBody : maskedBody(request.body);
    return {
      at,
      timestamp: toShanghaiTimestamp(at),
      platform,
      method: request.method,
      path: request.path,
      query: redactText(request.query),
      status: response.status,
      requestId,
      ...(operation === undefined ? {} : { operation }),
      ...(typeof code === 'string' ? { code } : {}),
      ...(typeof errorCode === 'string' ? { errorCode } : {}),
      ...(appKey === undefined ? {} : { appKey }),
      ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
      ...(extras.messageId === undefined ? {} : { messageId: extras.messageId }),
      ...(extras.receiptStatus === undefined ? {} : { receiptStatus: extras.receiptStatus }),
      ...(replayed === true ? { replayed: true } : {}),
      ...(fault === undefined ? {} : { fault: fault.kind, faultTiming: fault.timing ?? 'before' }),
      ...(body === undefined ? {} : { requestBody: body }),
    };
  });
}

function parseJson(bytes: Uint8Array): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(bodyText(bytes));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function maskedBody(bytes: Uint8Array): unknown {
  if (bytes.length === 0) return undefined;
  const parsed = parseJson(bytes);
  return parsed === undefined ? redactText(bodyText(bytes).slice(0, 2000)) : redact(parsed);
}
