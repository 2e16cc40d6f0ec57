import { type CreditPlatformProfile, envelopeSchemas } from '@credit-bridge/core';
import { createEnvelopeReader, type EnvelopeReader } from '@credit-bridge/http';
import { isRetryablePlatformFailure } from '../errors/credit-platform-error-codes.js';
import type { PlatformIssue } from '../model/platform-issue.js';

/**
 * The reader of the credit platform's envelope under the profile's field names and success code: core's
 * schemas of the contract's `Envelope` (with `Issue` details) and the contract's rule for retrying a
 * failure (by machine code when the contract knows it, else by status).
 *
 * @example
 * const data = envelopeReader(profile).read(json, { ...context, status: response.status }, schema);
 */
export function envelopeReader(profile: CreditPlatformProfile): EnvelopeReader<PlatformIssue> {
  return createEnvelopeReader<PlatformIssue>({
    envelope: profile.envelope,
    schemas: envelopeSchemas(profile.envelope),
    isRetryable: isRetryablePlatformFailure,
  });
}
