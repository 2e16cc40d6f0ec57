import { type CreditPlatformProfile, redact, redactText, toShanghaiTimestamp } from '@credit-bridge/core';
import type { FaultSpec } from '../state/faults/fault.js';
import type { Journal } from '../state/journal/create-journal.js';
import type { MockRequest, MockResponse } from './mock-request.js';
import { bodyText } from './read-request.js';

/** What the router knows about a request when it writes the journal entry. */
export interface JournalFacts {
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
 * Writes a journal entry: the envelope's codes read back from the response (under the profile's names),
 * the request body parsed when it is JSON, with identifiers, personal names and secrets masked.
 */
export function journalRequest(journal: Journal, profile: CreditPlatformProfile, facts: JournalFacts): void {
  const { request, response, fault } = facts;
  const envelope = parseJson(response.body);
  const fields = profile.envelope.fields;
  const code = envelope?.[fields.code];
  const error = envelope?.[fields.error];
  const errorCode =
    typeof error === 'object' && error !== null ? (error as Record<string, unknown>).code : undefined;
  const body = maskedBody(request.body);
  journal.record({
    at: facts.at,
    timestamp: toShanghaiTimestamp(facts.at),
    platform: 'credit',
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
