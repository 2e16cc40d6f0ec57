export {
  type BlacklistEntry,
  blacklistActionSchema,
  blacklistEntrySchema,
} from './blacklist-entry.js';
export {
  BLACKLIST_ACTION_LABELS,
  BLACKLIST_ACTIONS,
  type BlacklistAction,
  CREDIT_SECTOR_LABELS,
  CREDIT_SECTORS,
  type CreditSector,
  ID_TYPE_LABELS,
  ID_TYPES,
  type IdType,
  LICENSE_CATEGORIES,
  LICENSE_CATEGORY_LABELS,
  LICENSE_STATUS_LABELS,
  LICENSE_STATUSES,
  type LicenseCategory,
  type LicenseStatus,
  PENALTY_KIND_LABELS,
  PENALTY_KINDS,
  type PenaltyKind,
  REPAIR_CHANNEL_LABELS,
  REPAIR_CHANNELS,
  REPAIR_OUTCOME_LABELS,
  REPAIR_OUTCOMES,
  REPAIR_STATUS_LABELS,
  type RepairChannel,
  type RepairOutcome,
  SUBJECT_CATEGORIES,
  SUBJECT_CATEGORY_LABELS,
  type SubjectCategory,
} from './code-tables.js';
export {
  type CreditReport,
  creditReportSchema,
  REPORT_SECTION_KEYS,
  REPORT_SECTION_TITLES,
  type ReportSection,
  type ReportSectionKey,
  reportSectionSchema,
} from './credit-report.js';
export { CREDIT_SEVERITIES, CREDIT_SEVERITY_LABELS, type CreditSeverity } from './credit-severity.js';
export {
  calendarDateSchema,
  fenSchema,
  regionCodeSchema,
  sm3HexSchema,
  systemCodeSchema,
  textSchema,
  timestampSchema,
  usccSchema,
} from './field-schemas.js';
export {
  type LicenseRecord,
  licenseCategorySchema,
  licenseRecordSchema,
  licenseStatusSchema,
} from './license-record.js';
export { type PenaltyRecord, penaltyKindSchema, penaltyRecordSchema } from './penalty-record.js';
export { type RecordMeta, recordMetaSchema, recordMetaShape } from './record-meta.js';
export { type AnyRecord, RECORD_SCHEMAS, type RecordOf } from './record-schemas.js';
export { isRecordType, RECORD_TYPE_LABELS, RECORD_TYPES, type RecordType } from './record-type.js';
export {
  REPAIR_TARGET_TYPES,
  type RepairDecision,
  type RepairMaterial,
  type RepairReceipt,
  type RepairRecord,
  type RepairTarget,
  type RepairTargetType,
  repairDecisionSchema,
  repairHistoryEntrySchema,
  repairMaterialSchema,
  repairReceiptSchema,
  repairRecordSchema,
  repairTargetSchema,
} from './repair-record.js';
export {
  type IndividualBusinessSubject,
  idTypeSchema,
  individualBusinessSubjectSchema,
  type LegalPersonSubject,
  legalPersonSubjectSchema,
  type NaturalPersonSubject,
  naturalPersonSubjectSchema,
  type Subject,
  subjectCategorySchema,
  subjectSchema,
} from './subject.js';
