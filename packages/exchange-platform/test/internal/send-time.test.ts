import { exchangeHeaderSchema } from '@credit-bridge/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sendTimeOf } from '../../src/internal/send-time.js';

describe('sendTimeOf', () => {
  it('writes China Standard Time with +08:00 and whole seconds', () => {
    expect(sendTimeOf(Date.parse('2026-01-05T02:15:30.250Z'))).toBe('2026-01-05T10:15:30+08:00');
    expect(sendTimeOf(Date.parse('2025-12-31T16:00:00.999Z'))).toBe('2026-01-01T00:00:00+08:00');
  });

  it('always meets the header schema for instants of this century', () => {
    const sendTime = exchangeHeaderSchema.shape.sendTime;
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }), (ms) => {
        expect(sendTime.safeParse(sendTimeOf(ms)).success).toBe(true);
      }),
    );
  });
});
