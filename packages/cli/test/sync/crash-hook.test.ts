import { describe, expect, it } from 'vitest';
import { CRASH_HOOK_VARIABLE, crashHook } from '../../src/sync/crash-hook.js';

describe('crashHook', () => {
  it('fires once, at the n-th batch event of the named phase', () => {
    let deaths = 0;
    const hook = crashHook({ [CRASH_HOOK_VARIABLE]: 'committed:2' }, () => {
      deaths += 1;
    });
    const event = (phase: 'delivered' | 'committed') => ({ stream: 's', sink: 'k', batch: 1, phase });
    hook?.(event('delivered'));
    hook?.(event('committed'));
    expect(deaths).toBe(0);
    hook?.(event('delivered'));
    hook?.(event('committed'));
    hook?.(event('committed'));
    expect(deaths).toBe(1);
  });

  it('is absent unless the variable names a phase and a count', () => {
    expect(crashHook({}, () => {})).toBeUndefined();
    expect(crashHook({ [CRASH_HOOK_VARIABLE]: 'soon' }, () => {})).toBeUndefined();
  });
});
