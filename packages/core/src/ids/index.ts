export { computeIdNumberCheckChar } from './compute-id-number-check-char.js';
export { computeOrgCodeCheckChar } from './compute-org-code-check-char.js';
export { computeUsccCheckChar, USCC_CHARSET } from './compute-uscc-check-char.js';
export type { IdCheckMode, IdIssue } from './id-issue.js';
export { normalizeIdentifier } from './normalize-identifier.js';
export { upgradeIdNumber } from './upgrade-id-number.js';
export {
  describeUsccCategory,
  USCC_DEPARTMENT_CATEGORIES,
  type UsccDepartment,
} from './uscc-department-categories.js';
export {
  type IdNumberErrorCode,
  type IdNumberResult,
  isValidIdNumber,
  type ValidateIdNumberOptions,
  validateIdNumber,
} from './validate-id-number.js';
export {
  isValidOrgCode,
  type OrgCodeErrorCode,
  type OrgCodeResult,
  validateOrgCode,
} from './validate-org-code.js';
export {
  isValidUscc,
  USCC_PLACEHOLDER,
  type UsccErrorCode,
  type UsccResult,
  type UsccWarningCode,
  validateUscc,
} from './validate-uscc.js';
