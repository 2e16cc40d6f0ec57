import { describe, expect, it } from 'vitest';
import { benchMirrorLookups, measureMirrorLookups } from '../../bench/mirror-lookups.js';

describe('the mirror lookup benchmark', () => {
  it('builds its index through refresh and counts exactly the hits it planted, in every workload', async () => {
    // benchMirrorLookups throws when a round finds other than half its lookups listed.
    const result = await benchMirrorLookups({ entries: 2_000, lookups: 4_000, rounds: 1 });
    expect(result.entries).toBe(2_000);
    const rates = [
      result.lookupsPerSecond,
      result.untidyLookupsPerSecond,
      result.ropeLookupsPerSecond,
      result.mapGetsPerSecond,
    ];
    for (const rate of rates) {
      expect(rate).toBeGreaterThan(0);
      expect(Number.isFinite(rate)).toBe(true);
    }
    expect(await measureMirrorLookups({ entries: 500, lookups: 1_000, rounds: 1 })).toBeGreaterThan(0);
  });
});
