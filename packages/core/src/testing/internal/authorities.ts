import { createRandom } from '../create-random.js';
import { generateUscc } from '../generate-uscc.js';
import type { WuhanDistrict } from './wuhan-districts.js';

/** The district departments that decide the synthetic records. */
export type DepartmentKey =
  | 'samr'
  | 'approval'
  | 'emergency'
  | 'fire'
  | 'urban'
  | 'health'
  | 'transport'
  | 'housing'
  | 'eco'
  | 'hrss'
  | 'tobacco'
  | 'credit';

const DEPARTMENTS: Readonly<Record<DepartmentKey, { name: (district: string) => string; short: string }>> = {
  samr: { name: (d) => `武汉市${d}区市场监督管理局`, short: '市监' },
  approval: { name: (d) => `武汉市${d}区行政审批局`, short: '审批' },
  emergency: { name: (d) => `武汉市${d}区应急管理局`, short: '应急' },
  fire: { name: (d) => `武汉市${d}区消防救援大队`, short: '消' },
  urban: { name: (d) => `武汉市${d}区城市管理执法局`, short: '城管' },
  health: { name: (d) => `武汉市${d}区卫生健康局`, short: '卫' },
  transport: { name: (d) => `武汉市${d}区交通运输局`, short: '交' },
  housing: { name: (d) => `武汉市${d}区城乡建设局`, short: '建' },
  eco: { name: (d) => `武汉市生态环境局${d}区分局`, short: '环' },
  hrss: { name: (d) => `武汉市${d}区人力资源局`, short: '人社' },
  tobacco: { name: (d) => `武汉市烟草专卖局${d}区分局`, short: '烟' },
  credit: { name: (d) => `武汉市${d}区发展和改革局`, short: '发改' },
};

/** A deciding body: its name, a stable synthetic USCC, its short form and its system code. */
export interface Authority {
  name: string;
  uscc: string;
  /** Decision-number prefix, e.g. `汉南市监`. */
  prefix: string;
  /** Source-system code, e.g. `whhn-samr`. */
  sourceSystem: string;
}

const cache = new Map<string, Authority>();

/**
 * The department `key` of `district`. Its USCC (`11…`, 机关) is derived from the name alone, so one
 * authority keeps one code across every record and every seed.
 */
export function authorityOf(district: WuhanDistrict, key: DepartmentKey): Authority {
  const cacheKey = `${district.code}:${key}`;
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached;
  const department = DEPARTMENTS[key];
  const name = department.name(district.short);
  const authority: Authority = {
    name,
    uscc: generateUscc(createRandom(hashText(name)), {
      department: '1',
      category: '1',
      regionCode: district.code,
    }),
    prefix: `${district.short}${department.short}`,
    sourceSystem: `wh${district.abbr}-${key}`,
  };
  cache.set(cacheKey, authority);
  return authority;
}

// FNV-1a over UTF-16 code units: a cheap, stable seed from a name.
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
