import { z } from 'zod';
import { CREDIT_PLATFORM_OPERATIONS } from '../credit-platform-operations.js';

const name = z.string().regex(/^\S(?:.*\S)?$/, { message: 'must be non-blank without surrounding spaces' });
// RFC 9110 §5.6.2 token: what a header name may consist of.
const headerName = z
  .string()
  .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, { message: 'must be an HTTP header token' });
const jsonName = z.string().min(1).max(100);
const code = z
  .string()
  .regex(/^[0-9A-Za-z_-]{1,16}$/, { message: 'must be 1–16 letters, digits, "_" or "-"' });
const positive = z.number().int().positive();
const wireName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, { message: 'must be a column name' });

/** The form of a complete profile; cross-field rules are checked after it. */
export const creditPlatformProfileSchema = z.strictObject({
  name,
  paths: z.strictObject(
    Object.fromEntries(CREDIT_PLATFORM_OPERATIONS.map((op) => [op, z.string()])) as Record<
      (typeof CREDIT_PLATFORM_OPERATIONS)[number],
      z.ZodString
    >,
  ),
  envelope: z.strictObject({
    fields: z.strictObject({
      code: jsonName,
      message: jsonName,
      requestId: jsonName,
      data: jsonName,
      error: jsonName,
    }),
    successCode: code,
    failureCodes: z.strictObject({
      dataError: code,
      missingParameter: code,
      wrongParameterType: code,
      failure: code,
    }),
  }),
  statusMode: z.enum(['http', 'always-200']),
  signing: z.strictObject({
    method: z.enum(['HMAC-SM3', 'HMAC-SHA256']),
    headers: z.strictObject({
      appKey: headerName,
      timestamp: headerName,
      nonce: headerName,
      signMethod: headerName,
      signature: headerName,
    }),
  }),
  idempotency: z.strictObject({ keyHeader: headerName, replayedHeader: headerName }),
  paging: z.strictObject({
    cursorParam: jsonName,
    limitParam: jsonName,
    itemsField: jsonName,
    nextCursorField: jsonName,
    hasMoreField: jsonName,
    defaultLimit: positive,
    maxLimit: positive,
  }),
  batchLimits: z.strictObject({
    recordsPerBatch: positive,
    subjectsPerCheck: positive,
    maxBodyBytes: positive,
  }),
  query: z.strictObject({ uscc: jsonName, idNumber: jsonName, verificationCode: jsonName }),
  wireFieldRenames: z.record(wireName, wireName.optional()).optional(),
});
