import type { CreditSeverity } from '../model/credit-severity.js';
import type { CalendarDate } from '../time/index.js';

/** Ids of the publication-period rule sets the engine knows, oldest national first, the local Wuhan rule last. */
export const RULE_SET_IDS = [
  '2019-527',
  '2023-order58',
  '2025-gbf22',
  '2026-measure',
  'wuhan-2016-5y',
] as const;

/** One of {@link RULE_SET_IDS}. */
export type RuleSetId = (typeof RULE_SET_IDS)[number];

/** How long one class of dishonesty information stays published, counted in months from the decision date. */
export interface PeriodRule {
  /**
   * `required`: always published; `optional`: the department may decide not to publish (then nothing is
   * shown and there is nothing to repair).
   */
  publication: 'required' | 'optional';
  /** Months before an application for early termination is possible; `0` = as soon as duties are done; `null` = never early. */
  minMonths: number | null;
  /** Months after which publication stops automatically. */
  maxMonths: number;
}

/** A longer minimum period for penalties in named sectors (Order 58: 特种设备、安全生产、消防). */
export interface SectorMinimum {
  sectors: readonly string[];
  minMonths: number;
}

/** One versioned rule set, as data. Dates are calendar dates in Asia/Shanghai. */
export interface RuleSet {
  id: RuleSetId;
  title: string;
  documentNumber: string;
  /** `national` rule sets compete for the default; `local` ones apply only when asked for by id. */
  scope: 'national' | 'local';
  inForceFrom: CalendarDate;
  /** The first day it no longer applies, when known; `null` = still in force as far as the sources show. */
  supersededOn: CalendarDate | null;
  periods: Readonly<Record<CreditSeverity, PeriodRule>>;
  sectorMinimums: readonly SectorMinimum[];
  /** Where the values come from and what is not verified (domain reference marks ✅ 🟡 ⚠️). */
  provenance: string;
}

const GENERAL_3M_1Y: PeriodRule = { publication: 'required', minMonths: 3, maxMonths: 12 };
const SERIOUS_1Y_3Y: PeriodRule = { publication: 'required', minMonths: 12, maxMonths: 36 };
const MINOR_OPTIONAL_3M: PeriodRule = { publication: 'optional', minMonths: 0, maxMonths: 3 };

/**
 * 发改办财金〔2019〕527号, applied by 信用中国 and local credit sites from 2019-07-01. It knows two classes only,
 * so `minor` is treated as `general`.
 * - serious: 6 months / 3 years ✅ (www.0797cx.cn/page37?article_id=15265).
 * - general: 3 months / 1 year — ⚠️ a recollection in the domain reference; a secondary summary
 *   (aaa315gov.net/lianhechengjie/2021-03-12/69.html) states the same values and the 2019-07-01 start.
 * - supersededOn 2023-05-01 — ⚠️ assumed: Order 58 took over the subject; a formal repeal was not seen.
 */
export const RULE_SET_2019_527: RuleSet = {
  id: '2019-527',
  title: '关于进一步完善"信用中国"网站及地方信用门户网站行政处罚信息信用修复机制的通知',
  documentNumber: '发改办财金〔2019〕527号',
  scope: 'national',
  inForceFrom: '2019-07-01',
  supersededOn: '2023-05-01',
  periods: {
    minor: GENERAL_3M_1Y,
    general: GENERAL_3M_1Y,
    serious: { publication: 'required', minMonths: 6, maxMonths: 36 },
  },
  sectorMinimums: [],
  provenance: 'serious ✅; general ⚠️ (secondary summary only); supersededOn ⚠️ assumed',
};

/**
 * 国家发展改革委令2023年第58号《失信行为纠正后的信用信息修复管理办法(试行)》, adopted 2023-01-11, in force
 * 2023-05-01 ✅. One period for every penalty: 3 months / 3 years, 1 year minimum for 特种设备、安全生产、消防
 * penalties; several penalty kinds in one decision → the longest period — 🟡 periods read from a Shenzhen notice
 * citing the order (www.senqisrq.com/xxgk/ztzl/sgs/index.html). Repealed by the 2026 measure from 2026-04-01 — 🟡
 * (news summaries of that measure; the domain reference had marked it ⚠️ assumed).
 */
export const RULE_SET_2023_ORDER58: RuleSet = {
  id: '2023-order58',
  title: '失信行为纠正后的信用信息修复管理办法(试行)',
  documentNumber: '国家发展改革委令2023年第58号',
  scope: 'national',
  inForceFrom: '2023-05-01',
  supersededOn: '2026-04-01',
  periods: {
    minor: { publication: 'required', minMonths: 3, maxMonths: 36 },
    general: { publication: 'required', minMonths: 3, maxMonths: 36 },
    serious: { publication: 'required', minMonths: 3, maxMonths: 36 },
  },
  sectorMinimums: [{ sectors: ['special_equipment', 'work_safety', 'fire_safety'], minMonths: 12 }],
  provenance: 'order dates ✅; periods 🟡 (secondary notice); repeal on 2026-04-01 🟡',
};

/**
 * 国办发〔2025〕22号《关于进一步完善信用修复制度的实施方案》 of 2025-06-22 ✅: minor may stay unpublished and is
 * repairable once legal duties are done, max 3 months if published; general 3 months / 1 year; serious 1 year /
 * 3 years. ⚠️ It is taken to apply from its date of issue; sector criteria are left to each 行业主管部门.
 */
export const RULE_SET_2025_GBF22: RuleSet = {
  id: '2025-gbf22',
  title: '关于进一步完善信用修复制度的实施方案',
  documentNumber: '国办发〔2025〕22号',
  scope: 'national',
  inForceFrom: '2025-06-22',
  supersededOn: null,
  periods: { minor: MINOR_OPTIONAL_3M, general: GENERAL_3M_1Y, serious: SERIOUS_1Y_3Y },
  sectorMinimums: [],
  provenance: 'periods ✅; in force from the date of issue ⚠️ assumed',
};

/**
 * NDRC《信用修复管理办法》, adopted 2025-11-19, in force 2026-04-01 ✅, same three classes and periods as the 2025
 * plan, counted from the date of the judicial or administrative decision ✅. Minor information is in principle not
 * published ✅. The order number 第36号 comes from a mirror of the order (toubiaole.com) — 🟡.
 */
export const RULE_SET_2026_MEASURE: RuleSet = {
  id: '2026-measure',
  title: '信用修复管理办法',
  documentNumber: '国家发展和改革委员会令第36号',
  scope: 'national',
  inForceFrom: '2026-04-01',
  supersededOn: null,
  periods: { minor: MINOR_OPTIONAL_3M, general: GENERAL_3M_1Y, serious: SERIOUS_1Y_3Y },
  sectorMinimums: [],
  provenance: 'periods and dates ✅; order number 🟡',
};

/**
 * 《武汉市公共信用信息管理办法》 (市政府令第272号, in force 2016-09-01) art. 20: negative records are disclosed for
 * 5 years from formation ✅, with no early termination. Local and older than the national periods, so it applies
 * only when asked for by id — ⚠️ national rules prevail by default (domain reference §7).
 */
export const RULE_SET_WUHAN_2016_5Y: RuleSet = {
  id: 'wuhan-2016-5y',
  title: '武汉市公共信用信息管理办法',
  documentNumber: '武汉市人民政府令第272号',
  scope: 'local',
  inForceFrom: '2016-09-01',
  supersededOn: null,
  periods: {
    minor: { publication: 'required', minMonths: null, maxMonths: 60 },
    general: { publication: 'required', minMonths: null, maxMonths: 60 },
    serious: { publication: 'required', minMonths: null, maxMonths: 60 },
  },
  sectorMinimums: [],
  provenance: '5 years ✅ (art. 20); whether national rules override it ⚠️',
};

/** Every rule set by id. */
export const RULE_SETS: Readonly<Record<RuleSetId, RuleSet>> = {
  '2019-527': RULE_SET_2019_527,
  '2023-order58': RULE_SET_2023_ORDER58,
  '2025-gbf22': RULE_SET_2025_GBF22,
  '2026-measure': RULE_SET_2026_MEASURE,
  'wuhan-2016-5y': RULE_SET_WUHAN_2016_5Y,
};
