import type { CreditPlatformProfile } from '@credit-bridge/core';
import { PlatformError, type RequestContext } from '@credit-bridge/http';
import { z } from 'zod';
import { isRetryablePlatformFailure } from '../errors/credit-platform-error-codes.js';
import { type PlatformIssue, platformIssueSchema } from '../model/platform-issue.js';
import { contractViolation } from './contract-violation.js';

/** A failure envelope, read: the gateway code, the machine code and the issues. */
export interface EnvelopeFailure {
  platformCode: string;
  errorCode: string | undefined;
  message: string | undefined;
  issues: PlatformIssue[];
}

interface EnvelopeSchemas {
  head: z.ZodType<Record<string, unknown>>;
  success: z.ZodType<Record<string, unknown>>;
  failure: z.ZodType<Record<string, unknown>>;
}

const schemasByProfile = new WeakMap<CreditPlatformProfile, EnvelopeSchemas>();

/** The envelope's schemas under the profile's field names and success code, built once per profile. */
function envelopeSchemas(profile: CreditPlatformProfile): EnvelopeSchemas {
  const cached = schemasByProfile.get(profile);
  if (cached !== undefined) return cached;
  const { fields, successCode } = profile.envelope;
  const common = {
    [fields.message]: z.string().max(1000),
    [fields.requestId]: z.string().min(1).max(128),
  };
  const schemas: EnvelopeSchemas = {
    head: z.looseObject({ [fields.code]: z.string() }),
    success: z.looseObject({ [fields.code]: z.literal(successCode), ...common, [fields.data]: z.unknown() }),
    failure: z.looseObject({
      [fields.code]: z.string(),
      ...common,
      [fields.error]: z.looseObject({
        code: z.string().regex(/^E_[A-Z0-9_]+$/),
        details: z.array(platformIssueSchema),
      }),
    }),
  };
  schemasByProfile.set(profile, schemas);
  return schemas;
}

function asFailure(profile: CreditPlatformProfile, envelope: Record<string, unknown>): EnvelopeFailure {
  const { fields } = profile.envelope;
  const error = envelope[fields.error] as { code: string; details: PlatformIssue[] };
  return {
    platformCode: envelope[fields.code] as string,
    errorCode: error.code,
    message: envelope[fields.message] as string,
    issues: error.details,
  };
}

/**
 * A failure envelope in a body (bytes or parsed JSON), or `undefined` for anything else: a success, a body
 * that is not JSON, an envelope that breaks the contract. For layers that only need to know, such as the
 * `always-200` retry check.
 */
export function failureOf(
  profile: CreditPlatformProfile,
  body: Uint8Array | unknown,
): EnvelopeFailure | undefined {
  let json = body;
  if (body instanceof Uint8Array) {
    try {
      json = JSON.parse(new TextDecoder().decode(body)) as unknown;
    } catch {
      return undefined;
    }
  }
  const head = envelopeSchemas(profile).head.safeParse(json);
  if (!head.success || head.data[profile.envelope.fields.code] === profile.envelope.successCode)
    return undefined;
  const failure = envelopeSchemas(profile).failure.safeParse(json);
  return failure.success ? asFailure(profile, failure.data) : undefined;
}

/**
 * Reads an envelope under the profile: the `data` of a success; a `PlatformError` (gateway code, machine
 * code, issues) for a failure, whatever the HTTP status it came with — `always-200` gateways put failures
 * in 200 answers; a `ContractError` with the JSON path when the envelope itself breaks the contract.
 *
 * @example
 * const data = readEnvelope(profile, json, { ...context, status: response.status });
 */
export function readEnvelope(
  profile: CreditPlatformProfile,
  json: unknown,
  context: RequestContext & { status: number; cause?: unknown },
): unknown {
  const schemas = envelopeSchemas(profile);
  const { fields } = profile.envelope;
  const head = schemas.head.safeParse(json);
  if (!head.success) throw contractViolation(context, json, firstIssue(head.error));
  if (head.data[fields.code] === profile.envelope.successCode) {
    const success = schemas.success.safeParse(json);
    if (!success.success) throw contractViolation(context, json, firstIssue(success.error));
    return success.data[fields.data];
  }
  const failure = schemas.failure.safeParse(json);
  if (!failure.success) throw contractViolation(context, json, firstIssue(failure.error));
  throw platformError(asFailure(profile, failure.data), context);
}

/** A `PlatformError` for a failure envelope that arrived with `context.status`. */
export function platformError(
  failure: EnvelopeFailure,
  context: RequestContext & { status: number; cause?: unknown },
): PlatformError {
  const { status, cause, ...request } = context;
  return new PlatformError({
    ...request,
    platformCode: failure.platformCode,
    errorCode: failure.errorCode,
    platformMessage: failure.message,
    httpStatus: status,
    retryable: isRetryablePlatformFailure(failure.errorCode, status),
    details: { issues: failure.issues },
    ...(cause === undefined ? {} : { cause }),
  });
}

function firstIssue(error: z.ZodError): { path: readonly PropertyKey[]; message: string } {
  const issue = error.issues[0];
  return { path: issue?.path ?? [], message: issue?.message ?? 'a valid envelope' };
}
