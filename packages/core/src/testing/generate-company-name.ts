import type { Random } from './create-random.js';

const BRAND_CHARS: readonly string[] = Array.from('鑫华盛达恒远博泰瑞德嘉安联创天宏新金汇通楚江汉荆');
const INDUSTRIES = [
  '科技',
  '商贸',
  '信息技术',
  '建筑工程',
  '物流',
  '餐饮管理',
  '环保科技',
  '生物医药',
  '文化传媒',
  '装饰工程',
] as const;
// 有限公司 is by far the most common form, so it is listed three times to weight the pick.
const FORMS = ['有限公司', '有限公司', '有限公司', '有限责任公司', '股份有限公司'] as const;

/**
 * Generates a synthetic Wuhan company name: `武汉` + a two-character trade name + an industry word +
 * a legal form, e.g. `武汉恒达科技有限公司`. For test data only.
 *
 * @example
 * generateCompanyName(createRandom(9)); // '武汉恒楚商贸股份有限公司'
 */
export function generateCompanyName(random: Random): string {
  const tradeName = `${random.pick(BRAND_CHARS)}${random.pick(BRAND_CHARS)}`;
  return `武汉${tradeName}${random.pick(INDUSTRIES)}${random.pick(FORMS)}`;
}
