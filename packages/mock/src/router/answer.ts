import type { CreditPlatformProfile } from '@credit-bridge/core';
import type { Issue } from '../state/credit/credit-types.js';
import type { MockResponse } from './mock-request.js';

/** The router's answer before it goes out: the response and the status the platform meant. */
export interface Answer {
  readonly response: MockResponse;
  /** The HTTP status by the contract, before `always-200` flattens it; decides what idempotency keeps. */
  readonly logicalStatus: number;
}

/** Which gateway code a failure carries: `96` data error, `97` missing, `98` wrong type, `99` failure. */
export type GatewayCode = keyof CreditPlatformProfile['envelope']['failureCodes'];

/**
 * What envelopes need of a platform's profile: the envelope's names and codes, the status mode and any
 * wire renames. Both platforms' profiles have this shape (the exchange platform renames nothing).
 */
export type EnvelopeProfile = Pick<CreditPlatformProfile, 'envelope' | 'statusMode' | 'wireFieldRenames'>;

/** What building an envelope needs to know about the request. */
export interface EnvelopeContext {
  readonly profile: EnvelopeProfile;
  readonly requestId: string;
}

const encoder = new TextEncoder();

/**
 * A success envelope `{ code: "00", message: "成功", requestId, data }` under the profile's names, with
 * `status` (202 for a created task, else 200).
 */
export function successAnswer(
  context: EnvelopeContext,
  data: unknown,
  status = 200,
  headers: Readonly<Record<string, string>> = {},
): Answer {
  const { fields, successCode } = context.profile.envelope;
  const envelope = {
    [fields.code]: successCode,
    [fields.message]: '成功',
    [fields.requestId]: context.requestId,
    [fields.data]: data,
  };
  return { response: jsonResponse(context, status, envelope, headers), logicalStatus: status };
}

/**
 * A failure envelope `{ code, message, requestId, error: { code, details } }` under the profile's names: the
 * gateway code of `gateway`, the machine `errorCode`, issues as details (their `field` renamed by the
 * profile). The HTTP status is `status`, or 200 when the profile's status mode is `always-200`.
 */
export function failureAnswer(
  context: EnvelopeContext,
  failure: {
    readonly status: number;
    readonly gateway: GatewayCode;
    readonly errorCode: string;
    readonly message: string;
    readonly details?: readonly Issue[];
    readonly headers?: Readonly<Record<string, string>>;
  },
): Answer {
  const { fields, failureCodes } = context.profile.envelope;
  const code = failureCodes[failure.gateway];
  const envelope = {
    [fields.code]: code,
    [fields.message]: failure.message,
    [fields.requestId]: context.requestId,
    [fields.error]: {
      code: failure.errorCode,
      details: renameIssues(context.profile, failure.details ?? []),
    },
  };
  return {
    response: jsonResponse(context, failure.status, envelope, failure.headers ?? {}),
    logicalStatus: failure.status,
  };
}

/** Issues with their `field` renamed to the profile's wire name where it has one. */
export function renameIssues(profile: EnvelopeProfile, issues: readonly Issue[]): Issue[] {
  return issues.map((issue) => {
    const renamed = issue.field === undefined ? undefined : profile.wireFieldRenames?.[issue.field];
    return renamed === undefined ? issue : { ...issue, field: renamed };
  });
}

function jsonResponse(
  context: EnvelopeContext,
  status: number,
  envelope: unknown,
  headers: Readonly<Record<string, string>>,
): MockResponse {
  return {
    status: context.profile.statusMode === 'always-200' ? 200 : status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'x-request-id': context.requestId,
      ...lowerCaseKeys(headers),
    },
    body: encoder.encode(JSON.stringify(envelope)),
  };
}

function lowerCaseKeys(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}
