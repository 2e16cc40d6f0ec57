import { z } from 'zod';
import { CREDIT_PLATFORM_OPERATIONS } from '../credit-platform-operations.js';

/** A profile's name: non-blank, no surrounding spaces. */
export const profileNameSchema = z
  .string()
  .regex(/^\S(?:.*\S)?$/, { message: 'must be non-blank without surrounding spaces' });
// RFC 9110 §5.6.2 token: what a header name may consist of.
const headerName = z
  .string()
  .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, { message: 'must be an HTTP header token' });
const jsonName = z.string().min(1).max(100);
const code = z
  .string()
  .regex(/^[0-9A-Za-z_-]{1,16}$/, { message: 'must be 1–16 letters, digits, "_" or "-"' });
/** A positive integer (limits, page sizes). */
export const positiveIntSchema = z.number().int().positive();
const wireName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, { message: 'must be a column name' });

/** The `{ code, message, requestId, data | error }` envelope both platforms' JSON answers use. */
export const envelopeSchema = z.strictObject({
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
});

/** The signing method and headers, the same on both platforms. */
export const signingSchema = z.strictObject({
  method: z.enum(['HMAC-SM3', 'HMAC-SHA256']),
  headers: z.strictObject({
    appKey: headerName,
    timestamp: headerName,
    nonce: headerName,
    signMethod: headerName,
    signature: headerName,
  }),
});

/** Cursor paging: parameter names, answer fields and page sizes. */
export const pagingSchema = z.strictObject({
  cursorParam: jsonName,
  limitParam: jsonName,
  itemsField: jsonName,
  nextCursorField: jsonName,
  hasMoreField: jsonName,
  defaultLimit: positiveIntSchema,
  maxLimit: positiveIntSchema,
});

/** `http` or `always-200`. */
export const statusModeSchema = z.enum(['http', 'always-200']);

/** The form of a complete profile; cross-field rules are checked after it. */
export const creditPlatformProfileSchema = z.strictObject({
  name: profileNameSchema,
  paths: z.strictObject(
    Object.fromEntries(CREDIT_PLATFORM_OPERATIONS.map((op) => [op, z.string()])) as Record<
      (typeof CREDIT_PLATFORM_OPERATIONS)[number],
      z.ZodString
    >,
  ),
  envelope: envelopeSchema,
  statusMode: statusModeSchema,
  signing: signingSchema,
  idempotency: z.strictObject({ keyHeader: headerName, replayedHeader: headerName }),
  paging: pagingSchema,
  batchLimits: z.strictObject({
    recordsPerBatch: positiveIntSchema,
    subjectsPerCheck: positiveIntSchema,
    maxBodyBytes: positiveIntSchema,
  }),
  query: z.strictObject({ uscc: jsonName, idNumber: jsonName, verificationCode: jsonName }),
  wireFieldRenames: z.record(wireName, wireName.optional()).optional(),
});
