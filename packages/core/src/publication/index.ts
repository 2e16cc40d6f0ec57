export {
  computePublicationPeriod,
  type PublicationInput,
  type PublicationPeriod,
  type PublicationSector,
} from './compute-publication-period.js';
export { isPublicationActive } from './is-publication-active.js';
export { ruleSetInForce } from './rule-set-in-force.js';
export {
  type PeriodRule,
  RULE_SET_2019_527,
  RULE_SET_2023_ORDER58,
  RULE_SET_2025_GBF22,
  RULE_SET_2026_MEASURE,
  RULE_SET_IDS,
  RULE_SET_WUHAN_2016_5Y,
  RULE_SETS,
  type RuleSet,
  type RuleSetId,
  type SectorMinimum,
} from './rule-sets.js';
