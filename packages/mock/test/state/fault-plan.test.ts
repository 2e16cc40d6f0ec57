import { describe, expect, it } from 'vitest';
import { createFaultPlan } from '../../src/index.js';
import { thrownCode } from './support.js';

describe('createFaultPlan', () => {
  it('serves a route its own queue first, then the * queue, in order', () => {
    const faults = createFaultPlan();
    faults.script('*', { kind: 'reset' });
    faults.script('blacklistSubmit', [{ kind: 'status', status: 503 }, { kind: 'truncated' }]);
    expect(faults.pending()).toBe(3);
    expect(faults.decide('blacklistSubmit')).toEqual({ kind: 'status', status: 503 });
    expect(faults.decide('reportGet')).toEqual({ kind: 'reset' });
    expect(faults.decide('reportGet')).toBeUndefined();
    expect(faults.decide('blacklistSubmit')).toEqual({ kind: 'truncated' });
    expect(faults.pending('blacklistSubmit')).toBe(0);
  });

  it('draws by probability from the seed, the same way each time', () => {
    const draws = (seed: number) => {
      const faults = createFaultPlan({ seed });
      faults.setProbability({ route: '*', rate: 0.3 });
      return Array.from({ length: 200 }, () => faults.decide('blacklistCheck')?.kind ?? '-');
    };
    const first = draws(9);
    expect(draws(9)).toEqual(first);
    expect(draws(10)).not.toEqual(first);
    const hits = first.filter((kind) => kind !== '-').length;
    expect(hits).toBeGreaterThan(30);
    expect(hits).toBeLessThan(100);
    expect(new Set(first)).toContain('reset');
  });

  it('removes a rule with rate 0 and forgets everything on clear', () => {
    const faults = createFaultPlan();
    faults.setProbability({ route: 'reportGet', rate: 1, faults: [{ kind: 'html-gateway' }] });
    expect(faults.decide('reportGet')).toEqual({ kind: 'html-gateway' });
    faults.setProbability({ route: 'reportGet', rate: 0 });
    expect(faults.decide('reportGet')).toBeUndefined();
    faults.script('*', { kind: 'reset' });
    faults.clear();
    expect(faults.snapshot()).toEqual({ scripted: {}, rules: [] });
  });

  it('refuses faults it cannot act out', () => {
    const faults = createFaultPlan();
    const bad: unknown[] = [
      { kind: 'explode' },
      { kind: 'status', status: 418 },
      { kind: 'latency', ms: -1 },
      { kind: 'rate-limit', retryAfterSeconds: 1.5 },
      { kind: 'dribble', chunkBytes: 0 },
      { kind: 'reset', timing: 'later' },
    ];
    for (const fault of bad) {
      expect(
        thrownCode(() => faults.script('*', fault as never)),
        JSON.stringify(fault),
      ).toBe('E_ARGUMENT');
    }
    expect(thrownCode(() => faults.setProbability({ route: '*', rate: 2 }))).toBe('E_ARGUMENT');
    expect(faults.pending()).toBe(0);
  });
});
