/**
 * GB/T 2260 codes of Wuhan's 13 districts (江岸 420102 … 新洲 420117), the default regions of the
 * synthetic generators.
 */
export const WUHAN_DISTRICT_CODES = [
  '420102',
  '420103',
  '420104',
  '420105',
  '420106',
  '420107',
  '420111',
  '420112',
  '420113',
  '420114',
  '420115',
  '420116',
  '420117',
] as const;
