import { CreditBridgeError, computeSignature, type SignMethod } from '@credit-bridge/core';
import type { HttpRequest } from '../http-request.js';
import { randomNonce } from '../internal/random-nonce.js';
import { rememberTarget, targetOf } from '../request/request-target.js';
import type { Signer } from './signer.js';

const NONCE = /^[A-Za-z0-9-]{16,64}$/;

/** The names of the five signing headers; a gateway profile may rename any of them. */
export interface HmacHeaderNames {
  appKey: string;
  timestamp: string;
  nonce: string;
  signMethod: string;
  signature: string;
}

/** The contract's names: `X-App-Key`, `X-Timestamp`, `X-Nonce`, `X-Sign-Method`, `X-Signature`. */
const CONTRACT_HEADERS: HmacHeaderNames = {
  appKey: 'X-App-Key',
  timestamp: 'X-Timestamp',
  nonce: 'X-Nonce',
  signMethod: 'X-Sign-Method',
  signature: 'X-Signature',
};

/** Options of {@link createHmacSigner}. */
export interface HmacSignerOptions {
  appKey: string;
  appSecret: string;
  /** Default `HMAC-SM3`. */
  method?: SignMethod;
  /** Epoch milliseconds for `X-Timestamp`; default `Date.now`. */
  now?: () => number;
  /** `X-Nonce`, 16–64 of `[A-Za-z0-9-]`; default 32 random hex characters. */
  nonce?: () => string;
  /**
   * The header names to write, for a gateway whose profile renames them; each one left out keeps the
   * contract's name. The signature is the same whatever the headers are called.
   */
  headers?: Partial<HmacHeaderNames> | undefined;
}

/**
 * Signs requests per the platforms' contract: headers `X-App-Key`, `X-Timestamp`, `X-Nonce`,
 * `X-Sign-Method` and `X-Signature` (or the names in `headers`) over the canonical request string. A new
 * timestamp and nonce on every call, so each retry is a fresh signature the server's replay check accepts.
 *
 * @example
 * const sign = createHmacSigner({ appKey: 'demo-app', appSecret: process.env.APP_SECRET ?? '' });
 * const client = createHttpClient({ baseUrl: 'http://127.0.0.1:4010', sign });
 * createHmacSigner({ appKey, appSecret, headers: profile.signing.headers }); // a renaming gateway
 */
export function createHmacSigner(options: HmacSignerOptions): Signer {
  const signMethod = options.method ?? 'HMAC-SM3';
  const now = options.now ?? Date.now;
  const nextNonce = options.nonce ?? randomNonce;
  const names: HmacHeaderNames = { ...CONTRACT_HEADERS, ...options.headers };
  // Encoded once rather than on every signature; held by this closure only, like the string it comes from.
  const appSecret = Buffer.from(options.appSecret, 'utf8');
  return (request: HttpRequest): HttpRequest => {
    const nonce = nextNonce();
    if (!NONCE.test(nonce)) {
      throw new CreditBridgeError({
        code: 'E_CONFIG',
        message: 'X-Nonce must be 16-64 characters of [A-Za-z0-9-]',
      });
    }
    const timestamp = String(now());
    const target = targetOf(request);
    const signature = computeSignature({
      signMethod,
      appSecret,
      method: request.method,
      path: target.path,
      query: target.pairs,
      body: request.body,
      timestamp,
      nonce,
    });
    const signed: HttpRequest = {
      ...request,
      headers: {
        ...request.headers,
        [names.appKey]: options.appKey,
        [names.timestamp]: timestamp,
        [names.nonce]: nonce,
        [names.signMethod]: signMethod,
        [names.signature]: signature,
      },
    };
    // The sender below reads the URL parsed here instead of parsing it again.
    rememberTarget(signed, target);
    return signed;
  };
}
