import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCreditBridgeError, toShanghaiTimestamp } from '../../src/index.js';

describe('toShanghaiTimestamp', () => {
  it('writes Shanghai wall time with milliseconds and +08:00', () => {
    expect(toShanghaiTimestamp(Date.parse('2024-01-05T16:30:00Z'))).toBe('2024-01-06T00:30:00.000+08:00');
    expect(toShanghaiTimestamp(new Date('2024-01-05T01:02:03.045Z'))).toBe('2024-01-05T09:02:03.045+08:00');
    expect(toShanghaiTimestamp(0)).toBe('1970-01-01T08:00:00.000+08:00');
  });

  it('denotes the same instant it was given', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30_000_000_000_000, max: 250_000_000_000_000 }), (ms) => {
        const text = toShanghaiTimestamp(ms);
        expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00$/);
        expect(Date.parse(text)).toBe(ms);
      }),
    );
  });

  it('throws E_DATE_INVALID for an invalid instant or a year beyond 9999', () => {
    for (const instant of [Number.NaN, new Date(Number.NaN), Date.parse('9999-12-31T16:00:00Z')]) {
      try {
        toShanghaiTimestamp(instant);
        expect.unreachable(`accepted ${String(instant)}`);
      } catch (error) {
        expect(isCreditBridgeError(error) && error.code).toBe('E_DATE_INVALID');
      }
    }
  });
});
