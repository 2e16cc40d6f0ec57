/** How many retries a client may spend relative to its traffic. */
export interface RetryBudgetOptions {
  /** Tokens each first attempt deposits; a retry costs one. 0.2 lets retries add at most ~20% load. */
  ratio: number;
  /** Retries always allowed per second whatever the balance, so a quiet client can still retry. */
  minPerSecond: number;
  /** Most tokens the bucket holds, so a long healthy spell cannot fund a retry storm later. */
  maxTokens: number;
}

/** A token bucket shared by every call of one client. */
export interface RetryBudget {
  /** Records a first attempt: deposits `ratio` tokens. */
  deposit(): void;
  /** Takes one retry from the per-second floor or the bucket; false when neither has one left. */
  withdraw(): boolean;
}

/**
 * A retry budget: each first attempt deposits `ratio` tokens, each retry withdraws one, plus a floor of
 * `minPerSecond` retries. When a platform is sick every call fails, deposits stop covering retries, and
 * the client falls back to roughly one attempt per call instead of multiplying the load.
 *
 * @example
 * const budget = createRetryBudget({ ratio: 0.2, minPerSecond: 5, maxTokens: 10 }, Date.now);
 * budget.deposit();
 * if (budget.withdraw()) retryNow();
 */
export function createRetryBudget(options: RetryBudgetOptions, clock: () => number): RetryBudget {
  let balance = 0;
  let second = Number.NaN;
  let usedThisSecond = 0;
  return {
    deposit() {
      balance = Math.min(options.maxTokens, balance + options.ratio);
    },
    withdraw() {
      const now = Math.floor(clock() / 1000);
      if (now !== second) {
        second = now;
        usedThisSecond = 0;
      }
      if (usedThisSecond < options.minPerSecond) {
        usedThisSecond += 1;
        return true;
      }
      // A small epsilon: five deposits of 0.2 must add up to one token despite binary fractions.
      if (balance >= 1 - 1e-9) {
        balance = Math.max(0, balance - 1);
        return true;
      }
      return false;
    },
  };
}
