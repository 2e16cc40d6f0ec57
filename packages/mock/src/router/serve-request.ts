import type { CreditPlatformProfile } from '@credit-bridge/core';
import type { AuthState } from '../state/auth/create-auth-state.js';
import type { MockClock, Sleep } from '../state/clock.js';
import type { FaultPlan } from '../state/faults/create-fault-plan.js';
import type { FaultSpec } from '../state/faults/fault.js';
import type { Journal } from '../state/journal/create-journal.js';
import type { JournalEntry } from '../state/journal/journal-entry.js';
import { type Answer, type EnvelopeContext, type EnvelopeProfile, failureAnswer } from './answer.js';
import { faultAnswer, losesAnswer } from './fault-answer.js';
import { type JournalExtras, journalRequest } from './journal-request.js';
import type { MockRequest, MockResponse } from './mock-request.js';
import { headerReader, parseRawQuery } from './read-request.js';

/** What the shared request pipeline needs of a simulated platform. */
export interface ServedPlatform {
  readonly profile: EnvelopeProfile & Pick<CreditPlatformProfile, 'signing'>;
  readonly clock: MockClock;
  readonly sleep: Sleep;
  readonly auth: AuthState;
  readonly faults: FaultPlan;
  readonly journal: Journal;
  readonly latencyMs: number;
  nextRequestId(): string;
}

/** A request whose signature checked out: who sent it, and its parts read. */
export interface SignedCall {
  readonly envelope: EnvelopeContext;
  readonly appKey: string;
  /** Decoded query pairs in the order sent. */
  readonly query: readonly (readonly [string, string])[];
  readonly header: (name: string) => string | undefined;
}

/** What an operation answered, and what it adds to the journal. */
export interface Handled {
  readonly answer: Answer & { readonly replayed?: boolean };
  readonly journal?: JournalExtras;
}

/** How one platform serves a request it recognised (or not: `operation` undefined is a 404). */
export interface ServeOptions<Op extends string> {
  readonly platform: JournalEntry['platform'];
  readonly operation: Op | undefined;
  /** The idempotency key sent, for the journal. */
  readonly idempotencyKey?: string;
  /** Runs the operation once the signature checked out. */
  readonly handle: (call: SignedCall, operation: Op) => Handled;
}

/**
 * The request pipeline both platforms share: a 404 envelope for an unknown operation; the fault the plan
 * decides (before the request touches any state, or after it committed); configured and injected latency;
 * the query read and the signature checked (401 envelopes for every `E_AUTH_*`); the operation; and a
 * journal entry for whatever went out. Never throws for a bad request.
 *
 * @example
 * return serveRequest(platform, request, { platform: 'exchange', operation: match?.op, handle: (call) => run(call) });
 */
export async function serveRequest<Op extends string>(
  platform: ServedPlatform,
  request: MockRequest,
  options: ServeOptions<Op>,
): Promise<MockResponse> {
  const envelope: EnvelopeContext = { profile: platform.profile, requestId: platform.nextRequestId() };
  const header = headerReader(request.headers);
  const appKeyHeader = header(platform.profile.signing.headers.appKey);
  const journal = (
    handled: Handled,
    facts: { fault?: FaultSpec | undefined; appKey?: string | undefined },
  ): MockResponse => {
    const appKey = facts.appKey ?? appKeyHeader;
    journalRequest(platform.journal, platform.profile, {
      platform: options.platform,
      at: platform.clock.now(),
      request,
      response: handled.answer.response,
      requestId: envelope.requestId,
      ...(options.operation === undefined ? {} : { operation: options.operation }),
      ...(appKey ? { appKey } : {}),
      ...(options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {}),
      ...(handled.answer.replayed ? { replayed: true } : {}),
      ...(facts.fault === undefined ? {} : { fault: facts.fault }),
      ...handled.journal,
    });
    return handled.answer.response;
  };

  const operation = options.operation;
  if (operation === undefined) {
    const answer = failureAnswer(envelope, {
      status: 404,
      gateway: 'failure',
      errorCode: 'E_NOT_FOUND',
      message: 'no such operation',
    });
    return journal({ answer }, {});
  }
  const fault = platform.faults.decide(operation);
  if (platform.latencyMs > 0) await platform.sleep(platform.latencyMs);
  if (fault?.kind === 'latency') await platform.sleep(fault.ms);
  const timing = fault?.timing ?? 'before';
  if (fault !== undefined && losesAnswer(fault) && timing === 'before') {
    return journal({ answer: faultAnswer(envelope, fault, undefined) }, { fault });
  }

  const signed = checkSignature(platform, envelope, request, header);
  const handled: Handled = 'answer' in signed ? signed : options.handle(signed, operation);
  let answer = handled.answer;
  if (fault !== undefined && (fault.kind === 'dribble' || (losesAnswer(fault) && timing === 'afterCommit'))) {
    answer = { ...faultAnswer(envelope, fault, answer), ...(answer.replayed ? { replayed: true } : {}) };
  }
  return journal({ ...handled, answer }, { fault, appKey: signed.appKey });
}

function checkSignature(
  platform: ServedPlatform,
  envelope: EnvelopeContext,
  request: MockRequest,
  header: (name: string) => string | undefined,
): SignedCall | (Handled & { readonly appKey?: string }) {
  const query = parseRawQuery(request.query);
  if (query === undefined) {
    const message = 'the query does not percent-decode';
    const answer = failureAnswer(envelope, {
      status: 400,
      gateway: 'wrongParameterType',
      errorCode: 'E_PARAM_TYPE',
      message,
      details: [{ code: 'E_PARAM_TYPE', field: 'query', message }],
    });
    return { answer };
  }
  const auth = platform.auth.verify({
    method: request.method,
    path: request.path,
    query,
    header,
    body: request.body,
  });
  if (!auth.ok) {
    const answer = failureAnswer(envelope, {
      status: 401,
      gateway: auth.gateway,
      errorCode: auth.code,
      message: auth.message,
      details: [{ code: auth.code, field: auth.field, message: auth.detail }],
    });
    return { answer, ...(auth.appKey === undefined ? {} : { appKey: auth.appKey }) };
  }
  return { envelope, appKey: auth.appKey, query, header };
}
