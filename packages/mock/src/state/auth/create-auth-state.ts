import {
  type CreditPlatformProfile,
  computeSignature,
  DEFAULT_CREDIT_PLATFORM_PROFILE,
  timingSafeEqualHex,
} from '@credit-bridge/core';
import type { MockClock } from '../clock.js';
import { DEMO_APPS, type MockApp } from './demo-apps.js';

/** What a request offers for checking: its line, decoded query pairs, headers and exact body bytes. */
export interface SignedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: readonly (readonly [string, string])[];
  /** Looks a header up by name, case-insensitively. */
  readonly header: (name: string) => string | undefined;
  readonly body: Uint8Array;
}

/** Which gateway code a failure maps to: `97` missing, `98` wrong type, `99` other failure. */
export type GatewayKind = 'missingParameter' | 'wrongParameterType' | 'failure';

/** The first rule a request broke. */
export interface AuthFailure {
  readonly ok: false;
  readonly code:
    | 'E_AUTH_MISSING'
    | 'E_AUTH_HEADER'
    | 'E_AUTH_APP_KEY'
    | 'E_AUTH_SKEW'
    | 'E_AUTH_SIGNATURE'
    | 'E_AUTH_REPLAY';
  readonly gateway: GatewayKind;
  /** The header concerned. */
  readonly field: string;
  readonly message: string;
  readonly detail: string;
  /** The app key sent, when there was one. */
  readonly appKey?: string;
}

/** The outcome of checking a request's signature. */
export type AuthOutcome =
  | { readonly ok: true; readonly appKey: string; readonly signMethod: 'HMAC-SM3' | 'HMAC-SHA256' }
  | AuthFailure;

/** The signature checker of a mock platform, with its apps and nonce cache. */
export interface AuthState {
  /** Checks a request in the contract's order; records the nonce only when the signature matched. */
  verify(request: SignedRequest): AuthOutcome;
  /** Adds or replaces an app. */
  setApp(app: MockApp): void;
  /** Removes an app; its requests are then `E_AUTH_APP_KEY`. */
  removeApp(appKey: string): void;
  /** The app keys known now (secrets stay inside). */
  appKeys(): string[];
  /** How many nonces are remembered now. */
  nonceCount(): number;
  /** Forgets every nonce and restores the configured apps. */
  reset(): void;
}

/** Options of {@link createAuthState}. */
export interface AuthStateOptions {
  readonly clock: MockClock;
  /** Default {@link DEMO_APPS}. */
  readonly apps?: readonly MockApp[];
  /** Where the signing headers are named; default the credit platform contract's (both platforms share them). */
  readonly profile?: Pick<CreditPlatformProfile, 'signing'>;
  /** Allowed distance of `X-Timestamp` from the clock; default 300,000 ms. */
  readonly maxSkewMs?: number;
  /** How long a nonce is remembered; default 600,000 ms. */
  readonly nonceTtlMs?: number;
}

const TIMESTAMP = /^\d{1,16}$/;
const NONCE = /^[A-Za-z0-9-]{16,64}$/;
const SIGNATURE = /^[0-9a-f]{64}$/;

/**
 * Creates the request-signature checker of docs/guides/signing-requests.md: all headers present, well
 * formed, a known app key, a timestamp within ±300 s, a matching HMAC-SM3 or HMAC-SHA256 signature
 * (compared in constant time), and a nonce not seen for the app in the last 600 s.
 *
 * @example
 * const auth = createAuthState({ clock: systemClock });
 * const outcome = auth.verify(request);
 * if (!outcome.ok) answer401(outcome.code);
 */
export function createAuthState(options: AuthStateOptions): AuthState {
  const headers = (options.profile ?? DEFAULT_CREDIT_PLATFORM_PROFILE).signing.headers;
  const maxSkewMs = options.maxSkewMs ?? 300_000;
  const nonceTtlMs = options.nonceTtlMs ?? 600_000;
  const configured = options.apps ?? DEMO_APPS;
  let apps = new Map(configured.map((app) => [app.appKey, app]));
  // Insertion order is arrival order, so expired nonces are pruned from the front.
  let nonces = new Map<string, number>();

  const prune = (now: number): void => {
    for (const [key, seenAt] of nonces) {
      if (now - seenAt < nonceTtlMs) break;
      nonces.delete(key);
    }
  };

  const verify = (request: SignedRequest): AuthOutcome => {
    const appKey = request.header(headers.appKey);
    const timestamp = request.header(headers.timestamp);
    const nonce = request.header(headers.nonce);
    const signature = request.header(headers.signature);
    const method = request.header(headers.signMethod);
    const sent = appKey === undefined || appKey === '' ? {} : { appKey };
    const fail = (
      code: AuthFailure['code'],
      gateway: GatewayKind,
      field: string,
      message: string,
      detail: string,
    ) => ({ ok: false, code, gateway, field, message, detail, ...sent }) as const;

    for (const [name, value] of [
      [headers.appKey, appKey],
      [headers.timestamp, timestamp],
      [headers.nonce, nonce],
      [headers.signature, signature],
    ] as const) {
      if (value === undefined || value === '') {
        return fail('E_AUTH_MISSING', 'missingParameter', name, `${name} is required`, 'header required');
      }
    }
    if (!TIMESTAMP.test(timestamp as string)) {
      return fail(
        'E_AUTH_HEADER',
        'wrongParameterType',
        headers.timestamp,
        `${headers.timestamp} must be epoch milliseconds`,
        'must be decimal digits',
      );
    }
    if (!NONCE.test(nonce as string)) {
      return fail(
        'E_AUTH_HEADER',
        'wrongParameterType',
        headers.nonce,
        `${headers.nonce} must be 16-64 of [A-Za-z0-9-]`,
        'must match ^[A-Za-z0-9-]{16,64}$',
      );
    }
    if (method !== undefined && method !== 'HMAC-SM3' && method !== 'HMAC-SHA256') {
      return fail(
        'E_AUTH_HEADER',
        'wrongParameterType',
        headers.signMethod,
        `${headers.signMethod} must be HMAC-SM3 or HMAC-SHA256`,
        'unknown sign method',
      );
    }
    if (!SIGNATURE.test(signature as string)) {
      return fail(
        'E_AUTH_HEADER',
        'wrongParameterType',
        headers.signature,
        `${headers.signature} must be 64 lowercase hex characters`,
        'must match ^[0-9a-f]{64}$',
      );
    }
    const app = apps.get(appKey as string);
    if (app === undefined || app.enabled === false) {
      return fail(
        'E_AUTH_APP_KEY',
        'failure',
        headers.appKey,
        'unknown app key',
        'not registered or disabled',
      );
    }
    const now = options.clock.now();
    const skewMs = Math.abs(Number(timestamp) - now);
    if (skewMs > maxSkewMs) {
      const seconds = Math.round(skewMs / 1000).toLocaleString('en-US');
      return fail(
        'E_AUTH_SKEW',
        'failure',
        headers.timestamp,
        `${headers.timestamp} is outside the ±${maxSkewMs / 1000} s window`,
        `differs from the platform clock by ${seconds} s`,
      );
    }
    const signMethod = method ?? 'HMAC-SM3';
    const expected = computeSignature({
      signMethod,
      method: request.method,
      path: request.path,
      query: request.query.map(([name, value]) => [name, value] as [string, string]),
      body: request.body,
      timestamp: timestamp as string,
      nonce: nonce as string,
      appSecret: app.appSecret,
    });
    if (!timingSafeEqualHex(expected, signature as string)) {
      return fail(
        'E_AUTH_SIGNATURE',
        'failure',
        headers.signature,
        'signature mismatch',
        'does not match the canonical request',
      );
    }
    prune(now);
    const nonceKey = `${app.appKey}\n${nonce}`;
    if (nonces.has(nonceKey)) {
      return fail(
        'E_AUTH_REPLAY',
        'failure',
        headers.nonce,
        'nonce already used',
        `seen in the last ${nonceTtlMs / 1000} s`,
      );
    }
    nonces.set(nonceKey, now);
    return { ok: true, appKey: app.appKey, signMethod };
  };

  return {
    verify,
    setApp: (app) => {
      apps.set(app.appKey, app);
    },
    removeApp: (appKey) => {
      apps.delete(appKey);
    },
    appKeys: () => [...apps.keys()],
    nonceCount: () => nonces.size,
    reset() {
      apps = new Map(configured.map((app) => [app.appKey, app]));
      nonces = new Map();
    },
  };
}
