import { toWireRecord } from '@credit-bridge/core';
import { generateRecords } from '@credit-bridge/core/testing';
import { describe, expect, it } from 'vitest';
import { storedVersion } from '../../src/state/credit/record-store.js';

describe('storedVersion', () => {
  it('holds the canonical wire row core writes for the record, written once when first read', () => {
    const [penalty] = generateRecords('penalty', { seed: 3, count: 1 });
    if (penalty === undefined) throw new Error('no record generated');
    const stored = storedVersion('penalty', penalty, 1_000);
    expect(stored.wire).toEqual(toWireRecord('penalty', penalty));
    expect(stored.wire).toBe(stored.wire);
    expect(JSON.parse(JSON.stringify(stored))).toEqual({
      record: JSON.parse(JSON.stringify(penalty)),
      wire: toWireRecord('penalty', penalty),
      version: penalty.version,
      storedAt: 1_000,
    });
  });
});
