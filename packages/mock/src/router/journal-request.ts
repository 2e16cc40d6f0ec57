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
 * the operation put in its place).
 */
export function journalRequest(journal: Journal, profile: EnvelopeProfile, facts: JournalFacts): void {
  const { request, response, fault } = facts;
  const envelope = parseJson(response.body);
  const fields = profile.envelope.fields;
  const code = envelope?.[fields.code];
  const error = envelope?.[fields.error];
  const errorCode =
    typeof error === 'object' && error !== null ? (error as Record<string, unknown>).code : undefined;
  const body = 'requestBody' in facts ? facts.requestBody : maskedBody(request.body);
  journal.record({
    at: facts.at,
    timestamp: toShanghaiTimestamp(facts.at),
    platform: facts.platform,
    method: request.method,
    path: request.path,
    query: redactText(request.query),
    status: response.status,
    requestId: facts.requestId,
    ...(facts.operation === undefined ? {} : { operation: facts.operation }),
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof errorCode === 'string' ? { errorCode } : {}),
    ...(facts.appKey === undefined ? {} : { appKey: facts.appKey }),
    ...(facts.idempotencyKey === undefined ? {} : { idempotencyKey: facts.idempotencyKey }),
    ...(facts.messageId === undefined ? {} : { messageId: facts.messageId }),
    ...(facts.receiptStatus === undefined ? {} : { receiptStatus: facts.receiptStatus }),
    ...(facts.replayed === true ? { replayed: true } : {}),
    ...(fault === undefined ? {} : { fault: fault.kind, faultTiming: fault.timing ?? 'before' }),
    ...(body === undefined ? {} : { requestBody: body }),
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
