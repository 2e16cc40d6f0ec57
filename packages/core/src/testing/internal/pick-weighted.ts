import type { Random } from '../create-random.js';

/** Picks a value by weight; weights are positive integers. */
export function pickWeighted<T>(random: Random, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.int(1, total);
  for (const [value, weight] of choices) {
    roll -= weight;
    if (roll <= 0) return value;
  }
  // Unreachable for positive weights; the last choice keeps the type total.
  return (choices[choices.length - 1] as readonly [T, number])[0];
}
