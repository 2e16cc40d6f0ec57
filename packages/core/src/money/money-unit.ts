/**
 * Units amounts arrive in: `yuan` (元) and `wan_yuan` (万元, 10,000 元; the unit of the national 罚款金额
 * field `CF_NR_FK`, domain reference §3.2). Inside the toolkit every amount is integer fen (分):
 * 1 元 = 100 fen, 1 万元 = 1,000,000 fen.
 */
export const MONEY_UNITS = ['yuan', 'wan_yuan'] as const;

/** One of {@link MONEY_UNITS}. */
export type MoneyUnit = (typeof MONEY_UNITS)[number];

/** The Chinese unit word of each unit, as written after an amount (`0.2万元`). */
export const MONEY_UNIT_LABELS: Readonly<Record<MoneyUnit, string>> = {
  yuan: '元',
  wan_yuan: '万元',
};
