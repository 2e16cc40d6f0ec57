export { type FormatFenOptions, formatFen } from './format-fen.js';
export { MONEY_UNIT_LABELS, MONEY_UNITS, type MoneyUnit } from './money-unit.js';
export { type MoneyErrorCode, type MoneyResult, parseMoney } from './parse-money.js';
