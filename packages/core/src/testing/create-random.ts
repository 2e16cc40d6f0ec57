import { CreditBridgeError } from '../errors/credit-bridge-error.js';

/** A deterministic source of pseudo-random values; the same seed always yields the same sequence. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p` (0 never, 1 always). */
  chance(p: number): boolean;
}

/**
 * Creates a small seeded PRNG (mulberry32) for synthetic test data. Not for anything secret: use
 * `node:crypto` there. The seed is taken as a 32-bit unsigned integer.
 *
 * @example
 * const random = createRandom(42);
 * random.int(1, 6); // the same number on every run
 */
export function createRandom(seed: number): Random {
  if (!Number.isFinite(seed)) {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: `[createRandom] seed must be a finite number`,
    });
  }
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min > max) {
      throw new CreditBridgeError({
        code: 'E_ARGUMENT',
        message: `[random.int] expected integers with min <= max, got ${min} and ${max}`,
      });
    }
    return min + Math.floor(next() * (max - min + 1));
  };
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) {
      throw new CreditBridgeError({ code: 'E_ARGUMENT', message: '[random.pick] the array is empty' });
    }
    return items[int(0, items.length - 1)] as T;
  };
  const chance = (p: number): boolean => next() < p;
  return { next, int, pick, chance };
}
