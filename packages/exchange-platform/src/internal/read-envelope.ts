import type { ExchangePlatformProfile } from '@credit-bridge/core';
import { PlatformError, type RequestContext } from '@credit-bridge/http';
import { z } from 'zod';
import { contractViolation } from './contract-violation.js';

/** One issue of a failure envelope (`Issue` in the contract). */
export const issueSchema = z.object({
  code: z.string().regex(/^E_[A-Z0-9_]+$/),
  field: z.string().max(200).optional(),
  message: z.string().max(1000),
});

/** A failure envelope, read: the gateway code, the machine code, the message and the issues. */
export interface EnvelopeFailure {
  platformCode: string;
  errorCode: string;
  message: string;
  issues: z.infer<typeof issueSchema>[];
}

interface EnvelopeSchemas {
  head: z.ZodType<Record<string, unknown>>;
  success: z.ZodType<Record<string, unknown>>;
  failure: z.ZodType<Record<string, unknown>>;
}

const schemasByProfile = new WeakMap<ExchangePlatformProfile, EnvelopeSchemas>();

/** The envelope's schemas under the profile's field names and success code, built once per profile. */
function envelopeSchemas(profile: ExchangePlatformProfile): EnvelopeSchemas {
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
        details: z.array(issueSchema),
      }),
    }),
  };
  schemasByProfile.set(profile, schemas);
  return schemas;
}

function asFailure(profile: ExchangePlatformProfile, envelope: Record<string, unknown>): EnvelopeFailure {
  const { fields } = profile.envelope;
  const error = envelope[fields.error] as { code: string; details: EnvelopeFailure['issues'] };
  return {
    platformCode: envelope[fields.code] as string,
    errorCode: error.code,
    message: envelope[fields.message] as string,
    issues: error.details,
  };
}

/**
 * The failure envelope in a body, or `undefined` for anything else: a success, a body that is not JSON
 * (an XML receipt), an envelope that breaks the contract.
 */
export function failureOf(profile: ExchangePlatformProfile, body: Uint8Array): EnvelopeFailure | undefined {
  // Only a JSON object can be an envelope; an XML receipt starts with `<` or a byte-order mark.
  const first = body.find((byte) => byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d);
  if (first !== 0x7b) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(body)) as unknown;
  } catch {
    return undefined;
  }
  const schemas = envelopeSchemas(profile);
  const head = schemas.head.safeParse(json);
  if (!head.success || head.data[profile.envelope.fields.code] === profile.envelope.successCode)
    return undefined;
  const failure = schemas.failure.safeParse(json);
  return failure.success ? asFailure(profile, failure.data) : undefined;
}

/** Whether a failure may succeed when tried again: 429, 5xx, or their codes inside a 200 envelope. */
export function isRetryableFailure(errorCode: string | undefined, status: number): boolean {
  if (errorCode === 'E_RATE_LIMITED' || errorCode === 'E_UNAVAILABLE' || errorCode === 'E_INTERNAL')
    return true;
  return status === 408 || status === 429 || status >= 500;
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
    retryable: isRetryableFailure(failure.errorCode, status),
    details: { issues: failure.issues },
    ...(cause === undefined ? {} : { cause }),
  });
}

/**
 * Reads the JSON envelope under the profile (`{ code: "00", message, requestId, data }` in the
 * contract): the `data` of a success; a `PlatformError` for a failure, whatever the HTTP status it came
 * with (`always-200` gateways put failures in 200 answers); a `ContractError` with the path when the
 * envelope itself breaks the contract.
 *
 * @example
 * const data = readEnvelope(profile, json, { ...context, status: 200 });
 */
export function readEnvelope(
  profile: ExchangePlatformProfile,
  json: unknown,
  context: RequestContext & { status: number },
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

function firstIssue(error: z.ZodError): { path: readonly PropertyKey[]; message: string } {
  const issue = error.issues[0];
  return { path: issue?.path ?? [], message: issue?.message ?? 'a valid envelope' };
}
