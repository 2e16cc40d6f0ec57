import { CreditBridgeError } from '../../errors/credit-bridge-error.js';
import type { MoneyUnit } from '../money-unit.js';

/** Decimal places of `unit` that one fen occupies: 0.01 元, 0.000001 万元 (CF_NR_FK is decimal(18,6)). */
export function unitScale(unit: MoneyUnit): 2 | 6 {
  switch (unit) {
    case 'yuan':
      return 2;
    case 'wan_yuan':
      return 6;
    default: {
      const unknown: never = unit;
      throw new CreditBridgeError({
        code: 'E_MONEY_FORMAT',
        message: `[money] unknown unit ${String(unknown)}; expected yuan or wan_yuan`,
      });
    }
  }
}
