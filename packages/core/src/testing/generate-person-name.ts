import type { Random } from './create-random.js';

// Common surnames (two compound ones) and given-name characters; strings keep the lists readable.
const SURNAMES: readonly string[] = [
  ...Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'),
  '欧阳',
  '司马',
];
const GIVEN: readonly string[] = Array.from(
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚文华建国红玲晨宇浩然欣怡子轩梓涵博思雨',
);

/**
 * Generates a synthetic Chinese personal name: a common surname and one or two given-name characters
 * drawn from short lists. For test data only.
 *
 * @example
 * generatePersonName(createRandom(5)); // '朱然军'
 */
export function generatePersonName(random: Random): string {
  const given = random.chance(0.7) ? `${random.pick(GIVEN)}${random.pick(GIVEN)}` : random.pick(GIVEN);
  return `${random.pick(SURNAMES)}${given}`;
}
