import {
  CreditBridgeError,
  type CreditPlatformProfile,
  DEFAULT_CREDIT_PLATFORM_PROFILE,
} from '@credit-bridge/core';
import {
  createHmacSigner,
  type HttpClientOptions,
  type ResolvedHttpOptions,
  resolveHttpOptions,
  type Signer,
  type SignMethod,
} from '@credit-bridge/http';
import type { OnCreditPlatformEvent } from '../events/credit-platform-event.js';

/** Transport options passed through to `@credit-bridge/http`: timeouts, retries, sender, clock, sleep. */
export type CreditPlatformHttpOptions = Omit<HttpClientOptions, 'baseUrl' | 'sign' | 'onEvent'>;

/**
 * The local pre-check of records before a submission: `strict` validates every record with core's
 * `validateRecord` (identifier check characters must hold), `warn` accepts failed check characters
 * (real registered codes that fail their check), `off` sends whatever encodes.
 */
export type PrecheckMode = 'strict' | 'warn' | 'off';

/** How `reports.get` and a poller's `wait` pace their polls. */
export interface PollOptions {
  /** The first wait when the platform sends no `Retry-After`; default 1 000 ms. */
  initialDelayMs?: number | undefined;
  /** The longest wait between polls; default 10 000 ms. */
  maxDelayMs?: number | undefined;
  /** Growth of the wait after each pending answer; default 1.5. */
  factor?: number | undefined;
  /** How long `reports.get` and `wait` may take in all; default 120 000 ms. */
  timeoutMs?: number | undefined;
}

/** Options of `createCreditPlatformClient`. */
export interface CreditPlatformClientOptions {
  /** Origin and optional path prefix of the platform, e.g. `http://127.0.0.1:4010`. */
  baseUrl: string;
  /** The application key the platform issued. */
  appKey: string;
  /** The secret that signs every request; it never appears in an event or error. */
  appSecret: string;
  /** `HMAC-SM3` or `HMAC-SHA256`; default the profile's `signing.method`. */
  signMethod?: SignMethod | undefined;
  /**
   * Replaces the contract's HMAC signing, for a gateway that demands a legacy scheme
   * (`createLegacyMd5Signer`, `createSortedParamsMd5Signer`); `appKey`/`appSecret` are then unused.
   */
  signer?: Signer | undefined;
  /** Paths, envelope, headers, paging, limits and wire names; default `DEFAULT_CREDIT_PLATFORM_PROFILE`. */
  profile?: CreditPlatformProfile | undefined;
  /** Transport options (timeouts, retries, sender, clock, sleep, random, ids). */
  http?: CreditPlatformHttpOptions | undefined;
  /** Receives every transport and adapter event, redacted. */
  onEvent?: OnCreditPlatformEvent | undefined;
  /** Local pre-check of submitted records; default `strict`. */
  precheck?: PrecheckMode | undefined;
  /** Pacing of report polls. */
  poll?: PollOptions | undefined;
  /** Items per change-feed page; default the profile's `paging.defaultLimit`. */
  pageSize?: number | undefined;
}

/** {@link CreditPlatformClientOptions} with every default filled in: the one place defaults live. */
export interface ResolvedCreditPlatformOptions {
  profile: CreditPlatformProfile;
  /** The transport's options, with the profile's signer and the event bridge in place. */
  http: ResolvedHttpOptions;
  onEvent: OnCreditPlatformEvent | undefined;
  precheck: PrecheckMode;
  poll: { initialDelayMs: number; maxDelayMs: number; factor: number; timeoutMs: number };
  pageSize: number;
}

function config(message: string): CreditBridgeError {
  return new CreditBridgeError({ code: 'E_CONFIG', message: `[createCreditPlatformClient] ${message}` });
}

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) throw config(`${name} must be a positive number, got ${value}`);
  return value;
}

function pageSizeOf(profile: CreditPlatformProfile, pageSize: number | undefined): number {
  const size = pageSize ?? profile.paging.defaultLimit;
  if (!Number.isSafeInteger(size) || size < 1 || size > profile.paging.maxLimit) {
    throw config(`pageSize must be an integer from 1 to ${profile.paging.maxLimit}, got ${size}`);
  }
  return size;
}

/**
 * Fills in and checks every option of a credit platform client; invalid values throw `E_CONFIG` at
 * construction, not on the first request. The secret is captured by the signer and kept nowhere else.
 *
 * @example
 * resolveCreditPlatformOptions({ baseUrl: 'http://127.0.0.1:4010', appKey: 'k', appSecret: 's' }).pageSize; // 100
 */
export function resolveCreditPlatformOptions(
  options: CreditPlatformClientOptions,
): ResolvedCreditPlatformOptions {
  const profile = options.profile ?? DEFAULT_CREDIT_PLATFORM_PROFILE;
  if (options.signer === undefined && (options.appKey === '' || options.appSecret === '')) {
    throw config('appKey and appSecret are required');
  }
  const { onEvent } = options;
  const base = resolveHttpOptions({ ...options.http, baseUrl: options.baseUrl });
  const sign =
    options.signer ??
    createHmacSigner({
      appKey: options.appKey,
      appSecret: options.appSecret,
      method: options.signMethod ?? profile.signing.method,
      now: base.clock,
      // A gateway that calls the signing headers otherwise needs only its profile.
      headers: profile.signing.headers,
    });
  const poll = options.poll ?? {};
  return {
    profile,
    http: { ...base, sign, onEvent },
    onEvent,
    precheck: options.precheck ?? 'strict',
    poll: {
      initialDelayMs: positive('poll.initialDelayMs', poll.initialDelayMs ?? 1_000),
      maxDelayMs: positive('poll.maxDelayMs', poll.maxDelayMs ?? 10_000),
      factor: positive('poll.factor', poll.factor ?? 1.5),
      timeoutMs: positive('poll.timeoutMs', poll.timeoutMs ?? 120_000),
    },
    pageSize: pageSizeOf(profile, options.pageSize),
  };
}
