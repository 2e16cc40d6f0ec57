import type { Random } from '../create-random.js';
import type { WUHAN_DISTRICT_CODES } from '../wuhan-district-codes.js';

/** A Wuhan district as the generators name it. */
export interface WuhanDistrict {
  /** GB/T 2260 code, e.g. `420113`. */
  code: (typeof WUHAN_DISTRICT_CODES)[number];
  /** Short name used in decision numbers, e.g. `汉南`; the full name adds `区`. */
  short: string;
  /** Pinyin initials for system codes, e.g. `hn` in `whhn-samr`. */
  abbr: string;
}

/** The 13 districts of {@link WUHAN_DISTRICT_CODES} with their names (domain reference §1.6). */
export const WUHAN_DISTRICTS: readonly WuhanDistrict[] = [
  { code: '420102', short: '江岸', abbr: 'ja' },
  { code: '420103', short: '江汉', abbr: 'jh' },
  { code: '420104', short: '硚口', abbr: 'qk' },
  { code: '420105', short: '汉阳', abbr: 'hy' },
  { code: '420106', short: '武昌', abbr: 'wc' },
  { code: '420107', short: '青山', abbr: 'qs' },
  { code: '420111', short: '洪山', abbr: 'hs' },
  { code: '420112', short: '东西湖', abbr: 'dxh' },
  { code: '420113', short: '汉南', abbr: 'hn' },
  { code: '420114', short: '蔡甸', abbr: 'cd' },
  { code: '420115', short: '江夏', abbr: 'jx' },
  { code: '420116', short: '黄陂', abbr: 'hp' },
  { code: '420117', short: '新洲', abbr: 'xz' },
];

/** The district with `code`, or a random one when `code` is absent or not a Wuhan district. */
export function pickDistrict(random: Random, code?: string): WuhanDistrict {
  const known = WUHAN_DISTRICTS.find((district) => district.code === code);
  return known ?? random.pick(WUHAN_DISTRICTS);
}
