import {
  CreditBridgeError,
  DEFAULT_EXCHANGE_PLATFORM_PROFILE,
  EXCHANGE_DIGEST_ALGORITHMS,
  type ExchangeDigestAlgorithm,
  type ExchangeEncoding,
  type ExchangePlatformProfile,
} from '@credit-bridge/core';
import {
  createHmacSigner,
  type HttpClientOptions,
  type ResolvedHttpOptions,
  resolveHttpOptions,
  type SignMethod,
} from '@credit-bridge/http';
import type { OnExchangeEvent } from '../events/exchange-event.js';

/** Transport options passed through to `@credit-bridge/http`: timeouts, retries, sender, sleep, random. */
export type ExchangeHttpOptions = Omit<HttpClientOptions, 'baseUrl' | 'sign' | 'onEvent'>;

/** Options of `createExchangeClient`. */
export interface ExchangeClientOptions {
  /** Origin and optional path prefix of the platform, e.g. `http://127.0.0.1:4010`. */
  baseUrl: string;
  /** The application key the platform issued to your department. */
  appKey: string;
  /** The secret that signs every request; it never appears in an event or error. */
  appSecret: string;
  /** USCC of your department: `Header/senderCode` of what you publish, `receiverCode` of your inbox. */
  senderCode: string;
  /** `Header/regionCode`; default characters 3–8 of `senderCode` (GB 32100: the registering authority's region). */
  regionCode?: string | undefined;
  /** `HMAC-SM3` or `HMAC-SHA256`; default the profile's `signing.method`. */
  signMethod?: SignMethod | undefined;
  /**
   * The encoding of published messages: `UTF-8` (default) or `GB18030` for receivers that require it;
   * it must be among the profile's `charsets`.
   */
  encoding?: ExchangeEncoding | undefined;
  /** The body digest of published messages: `SM3` (default) or `SHA-256`. */
  digestAlgorithm?: ExchangeDigestAlgorithm | undefined;
  /** Paths, envelope, signing headers, content types, charsets, paging and limits; default the contract's. */
  profile?: ExchangePlatformProfile | undefined;
  /** Transport options (timeouts, retries, sender, sleep, random). */
  http?: ExchangeHttpOptions | undefined;
  /** Receives every transport and adapter event, redacted. */
  onEvent?: OnExchangeEvent | undefined;
  /** Epoch milliseconds, for `sendTime`, signatures and deadlines; default `http.clock`, else `Date.now`. */
  clock?: (() => number) | undefined;
  /** Request ids; default `http.idSource`, else `randomUUID`. */
  idSource?: (() => string) | undefined;
  /** Messages per inbox page; default the profile's `paging.defaultLimit` (the contract's 20). */
  pageSize?: number | undefined;
}

/** {@link ExchangeClientOptions} with every default filled in: the one place defaults live. */
export interface ResolvedExchangeOptions {
  senderCode: string;
  regionCode: string;
  encoding: ExchangeEncoding;
  digestAlgorithm: ExchangeDigestAlgorithm;
  profile: ExchangePlatformProfile;
  /** The transport's options, with the signer and the event bridge in place. */
  http: ResolvedHttpOptions;
  onEvent: OnExchangeEvent | undefined;
  pageSize: number;
}

const USCC = /^[0-9A-Z]{18}$/;
const REGION = /^[0-9]{6}$/;

function config(message: string): CreditBridgeError {
  return new CreditBridgeError({ code: 'E_CONFIG', message: `[createExchangeClient] ${message}` });
}

function pageSizeOf(profile: ExchangePlatformProfile, pageSize: number | undefined): number {
  const size = pageSize ?? profile.paging.defaultLimit;
  if (!Number.isSafeInteger(size) || size < 1 || size > profile.paging.maxLimit) {
    throw config(`pageSize must be an integer from 1 to ${profile.paging.maxLimit}, got ${size}`);
  }
  return size;
}

/**
 * Fills in and checks every option of an exchange client; invalid values throw `E_CONFIG` at
 * construction, not on the first request. The secret is captured by the signer and kept nowhere else.
 *
 * @example
 * resolveExchangeOptions({ baseUrl: 'http://127.0.0.1:4010', appKey: 'k', appSecret: 's',
 *   senderCode: '11420103CBG1030147' }).regionCode; // '420103'
 */
export function resolveExchangeOptions(options: ExchangeClientOptions): ResolvedExchangeOptions {
  const profile = options.profile ?? DEFAULT_EXCHANGE_PLATFORM_PROFILE;
  if (options.appKey === '' || options.appSecret === '') throw config('appKey and appSecret are required');
  if (!USCC.test(options.senderCode))
    throw config('senderCode must be the 18-character USCC of your department');
  const regionCode = options.regionCode ?? options.senderCode.slice(2, 8);
  if (!REGION.test(regionCode)) {
    throw config('regionCode must be a six-digit GB/T 2260 code (the senderCode does not carry one)');
  }
  const encoding = options.encoding ?? 'UTF-8';
  if ((encoding !== 'UTF-8' && encoding !== 'GB18030') || !profile.charsets.includes(encoding)) {
    throw config(
      `encoding must be UTF-8 or GB18030 and one of the profile's charsets (${profile.charsets.join(', ')})`,
    );
  }
  const digestAlgorithm = options.digestAlgorithm ?? 'SM3';
  if (!EXCHANGE_DIGEST_ALGORITHMS.includes(digestAlgorithm))
    throw config('digestAlgorithm must be SM3 or SHA-256');
  const clock = options.clock ?? options.http?.clock;
  const idSource = options.idSource ?? options.http?.idSource;
  const base = resolveHttpOptions({
    ...options.http,
    baseUrl: options.baseUrl,
    ...(clock === undefined ? {} : { clock }),
    ...(idSource === undefined ? {} : { idSource }),
  });
  // The body signed is the XML bytes as sent; the headers go under the profile's names.
  const sign = createHmacSigner({
    appKey: options.appKey,
    appSecret: options.appSecret,
    method: options.signMethod ?? profile.signing.method,
    now: base.clock,
    headers: profile.signing.headers,
  });
  return {
    senderCode: options.senderCode,
    regionCode,
    encoding,
    digestAlgorithm,
    profile,
    http: { ...base, sign, onEvent: options.onEvent },
    onEvent: options.onEvent,
    pageSize: pageSizeOf(profile, options.pageSize),
  };
}
