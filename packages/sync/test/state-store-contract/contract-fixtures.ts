import { sm3 } from '@credit-bridge/core';
import type { DeliveryUpdate, StateStore } from '../../src/index.js';

/** Opens a fresh store for one test of the contract; the contract closes and removes it afterwards. */
export type OpenFreshStore = () => Promise<{ store: StateStore }>;

/** The contract's timestamps: a first write, and a later one. */
export const AT = '2026-03-05T09:00:00.000+08:00';
export const LATER = '2026-03-05T09:05:00.000+08:00';

/**
 * A content hash as the runner makes them (SM3, 64 hex characters), of any text.
 *
 * @example
 * hash('CF-1'); // '…' (64 hex characters)
 */
export function hash(text: string): string {
  return sm3(text);
}

/**
 * An accepted delivery of penalty `recordId` v1 to `credit-platform` at {@link AT}, changed by `overrides`.
 *
 * @example
 * delivery('CF-1', { status: 'sent' });
 */
export function delivery(recordId: string, overrides: Partial<DeliveryUpdate> = {}): DeliveryUpdate {
  return {
    recordType: 'penalty',
    recordId,
    version: 1,
    contentHash: hash(recordId),
    sink: 'credit-platform',
    status: 'accepted',
    at: AT,
    ...overrides,
  };
}
