import { z } from 'zod';
import type { CreditPlatformEnvelope } from './credit-platform-profile.js';

/** One problem a platform reports: a machine code, the field concerned (a wire name, parameter or header) and a message. */
export interface EnvelopeIssue {
  code: string;
  field?: string | undefined;
  message: string;
}

/** The contracts' `Issue` (both platforms answer with the same JSON envelope). */
export const envelopeIssueSchema: z.ZodType<EnvelopeIssue> = z.object({
  code: z.string().regex(/^E_[A-Z0-9_]+$/),
  field: z.string().max(200).optional(),
  message: z.string().max(1000),
});

/** The schemas of the JSON envelope under a profile's names: its code alone, a success, a failure. */
export interface EnvelopeSchemas {
  /** Only the code, to tell a success from a failure. */
  readonly head: z.ZodType<Record<string, unknown>>;
  /** The whole success envelope (`data` not yet checked: each operation has its own schema). */
  readonly success: z.ZodType<Record<string, unknown>>;
  /** The whole failure envelope, whose error object holds `code` and `details` (the issues). */
  readonly failure: z.ZodType<Record<string, unknown>>;
}

/**
 * The contracts' `Envelope` schemas under the profile's field names and success code
 * (`{ code: "00", message, requestId, data }` or `{ …, error: { code, details } }`): what both adapters
 * hand `@credit-bridge/http`'s envelope reader, which does not depend on zod.
 *
 * @example
 * const { success } = envelopeSchemas(DEFAULT_CREDIT_PLATFORM_PROFILE.envelope);
 * success.safeParse({ code: '00', message: 'OK', requestId: 'r-1', data: {} }).success; // true
 */
export function envelopeSchemas(envelope: CreditPlatformEnvelope): EnvelopeSchemas {
  const { fields, successCode } = envelope;
  const common = {
    [fields.message]: z.string().max(1000),
    [fields.requestId]: z.string().min(1).max(128),
  };
  const error = z.looseObject({
    code: z.string().regex(/^E_[A-Z0-9_]+$/),
    details: z.array(envelopeIssueSchema),
  });
  return {
    head: z.looseObject({ [fields.code]: z.string() }),
    success: z.looseObject({ [fields.code]: z.literal(successCode), ...common, [fields.data]: z.unknown() }),
    failure: z.looseObject({ [fields.code]: z.string(), ...common, [fields.error]: error }),
  };
}
