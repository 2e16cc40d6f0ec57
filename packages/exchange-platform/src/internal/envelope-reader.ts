import { type EnvelopeIssue, type ExchangePlatformProfile, envelopeSchemas } from '@credit-bridge/core';
import { createEnvelopeReader, type EnvelopeReader } from '@credit-bridge/http';

/** Whether a failure may succeed when tried again: 429, 5xx, or their codes inside a 200 envelope. */
function isRetryableFailure(errorCode: string | undefined, status: number): boolean {
  if (errorCode === 'E_RATE_LIMITED' || errorCode === 'E_UNAVAILABLE' || errorCode === 'E_INTERNAL')
    return true;
  return status === 408 || status === 429 || status >= 500;
}

/** Only a JSON object can be an envelope; an XML receipt starts with `<` or a byte-order mark. */
function startsAsJsonObject(body: Uint8Array): boolean {
  const first = body.find((byte) => byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d);
  return first === 0x7b;
}

/**
 * The reader of the JSON envelope under the profile (`{ code: "00", message, requestId, data }` in the
 * contract, the credit platform's): the contract's schemas (zod's, which `@credit-bridge/http` does not
 * depend on), its rule for retrying a failure, and bytes tried as an envelope only when they start as a
 * JSON object, so an XML receipt is never decoded for it.
 *
 * @example
 * const data = envelopeReader(profile).read(json, { ...context, status: 200 }, schema);
 */
export function envelopeReader(profile: ExchangePlatformProfile): EnvelopeReader<EnvelopeIssue> {
  return createEnvelopeReader<EnvelopeIssue>({
    envelope: profile.envelope,
    schemas: envelopeSchemas(profile.envelope),
    isRetryable: isRetryableFailure,
    mayHoldEnvelope: startsAsJsonObject,
  });
}
