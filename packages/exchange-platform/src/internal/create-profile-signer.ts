import type { ExchangePlatformProfile } from '@credit-bridge/core';
import { createHmacSigner, type HttpRequest, type Signer, type SignMethod } from '@credit-bridge/http';

// The header names `createHmacSigner` writes (the contract's), and the profile's name for each.
const CONTRACT_HEADERS = {
  appKey: 'X-App-Key',
  timestamp: 'X-Timestamp',
  nonce: 'X-Nonce',
  signMethod: 'X-Sign-Method',
  signature: 'X-Signature',
} as const;

/**
 * The contract's HMAC-SM3 / HMAC-SHA256 signer (`createHmacSigner` of `@credit-bridge/http`) with its
 * headers under the names the profile gives them, so a gateway that calls them otherwise needs no code.
 * A fresh timestamp (from `now`) and nonce on every attempt; the body signed is the XML bytes as sent.
 *
 * @example
 * const sign = createProfileSigner(profile, { appKey, appSecret, method: 'HMAC-SM3', now: Date.now });
 */
export function createProfileSigner(
  profile: ExchangePlatformProfile,
  options: { appKey: string; appSecret: string; method: SignMethod; now: () => number },
): Signer {
  const signer = createHmacSigner(options);
  const renames = (Object.keys(CONTRACT_HEADERS) as (keyof typeof CONTRACT_HEADERS)[])
    .map((part) => [CONTRACT_HEADERS[part], profile.signing.headers[part]] as const)
    .filter(([from, to]) => from.toLowerCase() !== to.toLowerCase());
  if (renames.length === 0) return signer;
  return (request: HttpRequest): HttpRequest => {
    const signed = signer(request);
    const headers: Record<string, string> = { ...signed.headers };
    for (const [from, to] of renames) {
      const value = headers[from];
      delete headers[from];
      if (value !== undefined) headers[to] = value;
    }
    return { ...signed, headers };
  };
}
