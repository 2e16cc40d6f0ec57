import { describe, expect, it } from 'vitest';
import { createRetryBudget } from '../../src/index.js';

describe('createRetryBudget', () => {
  it('allows minPerSecond retries in each second even with no deposits', () => {
    let now = 10_000;
    const budget = createRetryBudget({ ratio: 0, minPerSecond: 2, maxTokens: 10 }, () => now);
    expect([budget.withdraw(), budget.withdraw(), budget.withdraw()]).toEqual([true, true, false]);
    now += 999;
    expect(budget.withdraw()).toBe(false);
    now += 1;
    expect(budget.withdraw()).toBe(true);
  });

  it('pays one retry per 1/ratio first attempts beyond the floor', () => {
    const budget = createRetryBudget({ ratio: 0.2, minPerSecond: 0, maxTokens: 10 }, () => 0);
    for (let i = 0; i < 4; i += 1) budget.deposit();
    expect(budget.withdraw()).toBe(false);
    budget.deposit();
    expect(budget.withdraw()).toBe(true);
    expect(budget.withdraw()).toBe(false);
  });

  it('caps the balance so a healthy spell cannot fund a storm', () => {
    const budget = createRetryBudget({ ratio: 1, minPerSecond: 0, maxTokens: 3 }, () => 0);
    for (let i = 0; i < 100; i += 1) budget.deposit();
    const granted = Array.from({ length: 10 }, () => budget.withdraw()).filter(Boolean);
    expect(granted).toHaveLength(3);
  });
});
