import { CreditBridgeError } from '../errors/credit-bridge-error.js';
import { computeUsccCheckChar, USCC_CHARSET } from '../ids/compute-uscc-check-char.js';
import type { Random } from './create-random.js';
import { generateOrgCode } from './generate-org-code.js';
import { WUHAN_DISTRICT_CODES } from './wuhan-district-codes.js';

/** Options of {@link generateUscc}. */
export interface GenerateUsccOptions {
  /** Position 1, 登记管理部门码; default `9` (工商/市场监管). */
  department?: string;
  /** Position 2, 机构类别码; default `1` (企业). */
  category?: string;
  /** Positions 3–8; default one of {@link WUHAN_DISTRICT_CODES}. */
  regionCode?: string;
}

/**
 * Generates a synthetic, valid unified social credit code: the given or default department, category
 * and region, a generated organisation code with a correct GB 11714 check, and a correct GB 32100
 * check character. Throws `CreditBridgeError` `E_ARGUMENT` for options outside the code set.
 *
 * @example
 * generateUscc(createRandom(7), { category: '2' }); // '92420102MAYMGCE75H'
 */
export function generateUscc(random: Random, options: GenerateUsccOptions = {}): string {
  const department = options.department ?? '9';
  const category = options.category ?? '1';
  const regionCode = options.regionCode ?? random.pick(WUHAN_DISTRICT_CODES);
  for (const [name, code] of [
    ['department', department],
    ['category', category],
  ] as const) {
    if (code.length !== 1 || !USCC_CHARSET.includes(code)) {
      throw new CreditBridgeError({
        code: 'E_ARGUMENT',
        message: `[generateUscc] ${name} must be one character of the GB 32100 code set, got '${code}'`,
      });
    }
  }
  if (!/^\d{6}$/.test(regionCode) || regionCode === '000000') {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: `[generateUscc] regionCode must be 6 digits other than 000000, got '${regionCode}'`,
    });
  }
  const first17 = `${department}${category}${regionCode}${generateOrgCode(random)}`;
  return `${first17}${computeUsccCheckChar(first17)}`;
}
