import type { CreditPlatformProfile } from '@credit-bridge/core';
import { createEnvelopeReader, type EnvelopeReader } from '@credit-bridge/http';
import { z } from 'zod';
import { isRetryablePlatformFailure } from '../errors/credit-platform-error-codes.js';
import { type PlatformIssue, platformIssueSchema } from '../model/platform-issue.js';

/**
 * The reader of the credit platform's envelope under the profile's field names and success code: the
 * contract's schemas (`Envelope`, with `Issue` details; zod's, which `@credit-bridge/http` does not
 * depend on) and its rule for retrying a failure (by machine code when the contract knows it, else by
 * status).
 *
 * @example
 * const data = envelopeReader(profile).read(json, { ...context, status: response.status }, schema);
 */
export function envelopeReader(profile: CreditPlatformProfile): EnvelopeReader<PlatformIssue> {
  const { fields, successCode } = profile.envelope;
  const common = {
    [fields.message]: z.string().max(1000),
    [fields.requestId]: z.string().min(1).max(128),
  };
  const error = z.looseObject({
    code: z.string().regex(/^E_[A-Z0-9_]+$/),
    details: z.array(platformIssueSchema),
  });
  return createEnvelopeReader<PlatformIssue>({
    envelope: profile.envelope,
    schemas: {
      head: z.looseObject({ [fields.code]: z.string() }),
      success: z.looseObject({
        [fields.code]: z.literal(successCode),
        ...common,
        [fields.data]: z.unknown(),
      }),
      failure: z.looseObject({ [fields.code]: z.string(), ...common, [fields.error]: error }),
    },
    isRetryable: isRetryablePlatformFailure,
  });
}
