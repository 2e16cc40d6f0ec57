import { PlatformError, type RequestContext } from '@credit-bridge/http';
import { z } from 'zod';
import { contractViolation } from './contract-violation.js';

/** One issue of a failure envelope (`Issue` in the contract). */
export const issueSchema = z.object({
  code: z.string().regex(/^E_[A-Z0-9_]+$/),
  field: z.string().max(200).optional(),
  message: z.string().max(1000),
});

const head = z.looseObject({ code: z.string() });
const success = z.looseObject({
  code: z.literal('00'),
  message: z.string().max(1000),
  requestId: z.string().min(1).max(128),
  data: z.unknown(),
});
const failure = z.looseObject({
  code: z.string(),
  message: z.string().max(1000),
  requestId: z.string().min(1).max(128),
  error: z.looseObject({ code: z.string().regex(/^E_[A-Z0-9_]+$/), details: z.array(issueSchema) }),
});

/** A failure envelope, read. */
export type EnvelopeFailure = z.infer<typeof failure>;

/** The failure envelope in a body, or `undefined` for anything else (a success, not JSON, broken). */
export function failureOf(body: Uint8Array): EnvelopeFailure | undefined {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(body)) as unknown;
  } catch {
    return undefined;
  }
  const parsed = failure.safeParse(json);
  return parsed.success && parsed.data.code !== '00' ? parsed.data : undefined;
}

/** A `PlatformError` for a failure envelope that arrived with `context.status`. */
export function platformError(
  envelope: EnvelopeFailure,
  context: RequestContext & { status: number; cause?: unknown },
): PlatformError {
  const { status, cause, ...request } = context;
  return new PlatformError({
    ...request,
    platformCode: envelope.code,
    errorCode: envelope.error.code,
    platformMessage: envelope.message,
    httpStatus: status,
    retryable: status === 408 || status === 429 || status >= 500,
    details: { issues: envelope.error.details },
    ...(cause === undefined ? {} : { cause }),
  });
}

/**
 * Reads the contract's JSON envelope (`{ code: "00", message, requestId, data }`): the `data` of a
 * success; a `PlatformError` for a failure envelope; a `ContractError` with the path when the envelope
 * itself breaks the contract.
 *
 * @example
 * const data = readEnvelope(json, { ...context, status: 200 });
 */
export function readEnvelope(json: unknown, context: RequestContext & { status: number }): unknown {
  const top = head.safeParse(json);
  if (!top.success) throw contractViolation(context, json, firstIssue(top.error));
  if (top.data.code === '00') {
    const ok = success.safeParse(json);
    if (!ok.success) throw contractViolation(context, json, firstIssue(ok.error));
    return ok.data.data;
  }
  const failed = failure.safeParse(json);
  if (!failed.success) throw contractViolation(context, json, firstIssue(failed.error));
  throw platformError(failed.data, context);
}

function firstIssue(error: z.ZodError): { path: readonly PropertyKey[]; message: string } {
  const issue = error.issues[0];
  return { path: issue?.path ?? [], message: issue?.message ?? 'a valid envelope' };
}
