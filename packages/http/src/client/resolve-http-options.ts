import { randomUUID } from 'node:crypto';
import { setTimeout as wait } from 'node:timers/promises';
import { CreditBridgeError } from '@credit-bridge/core';
import type { Handler } from '../compose-transport.js';
import type { OnHttpEvent } from '../events/http-event.js';
import type { RetryBudgetOptions } from '../retry/create-retry-budget.js';
import type { Signer } from '../signing/signer.js';

/** Options of `createHttpClient`; everything but `baseUrl` has a default. */
export interface HttpClientOptions {
  /** Origin and optional path prefix, e.g. `http://127.0.0.1:4010` or `https://gw.example.cn/credit`. */
  baseUrl: string;
  /** Signs every attempt, e.g. `createHmacSigner(...)`. */
  sign?: Signer | undefined;
  /** Time for DNS and the TCP handshake of a new socket; default 5 000 ms. */
  connectTimeoutMs?: number | undefined;
  /** Time for one attempt, send to last body byte; default 15 000 ms. */
  attemptTimeoutMs?: number | undefined;
  /** Time for the whole call, retries and waits included; default 60 000 ms. */
  deadlineMs?: number | undefined;
  retry?:
    | {
        /** Attempts in all; default 4. */
        maxAttempts?: number | undefined;
        /** Backoff base; default 200 ms. */
        baseDelayMs?: number | undefined;
        /** Backoff cap; default 5 000 ms. */
        maxDelayMs?: number | undefined;
        /** Default `{ ratio: 0.2, minPerSecond: 5, maxTokens: 10 }`. */
        budget?: Partial<RetryBudgetOptions> | undefined;
      }
    | undefined;
  onEvent?: OnHttpEvent | undefined;
  /** The terminal handler; default an axios sender with keep-alive agents. */
  sender?: Handler | undefined;
  /** Epoch milliseconds; default `Date.now`. */
  clock?: (() => number) | undefined;
  /** Waits between attempts; default a timer that the call's signal cancels. */
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
  /** Uniform in [0, 1) for jitter; default `Math.random`. */
  random?: (() => number) | undefined;
  /** Request ids; default `randomUUID`. */
  idSource?: (() => string) | undefined;
}

/** {@link HttpClientOptions} with every default filled in: the one place defaults live. */
export interface ResolvedHttpOptions {
  baseUrl: string;
  sign: Signer | undefined;
  connectTimeoutMs: number;
  attemptTimeoutMs: number;
  deadlineMs: number;
  retry: { maxAttempts: number; baseDelayMs: number; maxDelayMs: number; budget: RetryBudgetOptions };
  onEvent: OnHttpEvent | undefined;
  sender: Handler | undefined;
  clock: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
  idSource: () => string;
}

function positive(name: string, value: number, integer = false): number {
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new CreditBridgeError({
      code: 'E_CONFIG',
      message: `${name} must be a positive ${integer ? 'integer' : 'number'}, got ${value}`,
    });
  }
  return value;
}

function nonNegative(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new CreditBridgeError({ code: 'E_CONFIG', message: `${name} must be ≥ 0, got ${value}` });
  }
  return value;
}

function checkBaseUrl(baseUrl: string): string {
  if (!URL.canParse(baseUrl) || !/^https?:$/.test(new URL(baseUrl).protocol)) {
    throw new CreditBridgeError({
      code: 'E_CONFIG',
      message: `baseUrl must be an http(s) URL, got "${baseUrl}"`,
    });
  }
  return baseUrl.replace(/\/+$/, '');
}

/**
 * Fills in and checks every option of an HTTP client; invalid values throw `E_CONFIG` at construction,
 * not on the first request.
 *
 * @example
 * resolveHttpOptions({ baseUrl: 'http://127.0.0.1:4010' }).retry.maxAttempts; // 4
 */
export function resolveHttpOptions(options: HttpClientOptions): ResolvedHttpOptions {
  const retry = options.retry ?? {};
  const budget = retry.budget ?? {};
  return {
    baseUrl: checkBaseUrl(options.baseUrl),
    sign: options.sign,
    connectTimeoutMs: positive('connectTimeoutMs', options.connectTimeoutMs ?? 5_000),
    attemptTimeoutMs: positive('attemptTimeoutMs', options.attemptTimeoutMs ?? 15_000),
    deadlineMs: positive('deadlineMs', options.deadlineMs ?? 60_000),
    retry: {
      maxAttempts: positive('retry.maxAttempts', retry.maxAttempts ?? 4, true),
      baseDelayMs: nonNegative('retry.baseDelayMs', retry.baseDelayMs ?? 200),
      maxDelayMs: nonNegative('retry.maxDelayMs', retry.maxDelayMs ?? 5_000),
      budget: {
        ratio: nonNegative('retry.budget.ratio', budget.ratio ?? 0.2),
        minPerSecond: nonNegative('retry.budget.minPerSecond', budget.minPerSecond ?? 5),
        maxTokens: nonNegative('retry.budget.maxTokens', budget.maxTokens ?? 10),
      },
    },
    onEvent: options.onEvent,
    sender: options.sender,
    clock: options.clock ?? Date.now,
    sleep: options.sleep ?? ((ms, signal) => wait(ms, undefined, signal ? { signal } : {})),
    random: options.random ?? Math.random,
    idSource: options.idSource ?? randomUUID,
  };
}
