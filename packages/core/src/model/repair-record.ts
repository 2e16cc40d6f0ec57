import { z } from 'zod';
import { REPAIR_STATUSES } from '../repair/repair-status.js';
import { REPAIR_CHANNELS, REPAIR_OUTCOMES } from './code-tables.js';
import { CREDIT_SEVERITIES } from './credit-severity.js';
import { sm3HexSchema, textSchema, timestampSchema } from './field-schemas.js';
import { recordMetaShape } from './record-meta.js';
import { subjectSchema } from './subject.js';

/** The record types a repair can target: a penalty or a blacklist entry. */
export const REPAIR_TARGET_TYPES = ['penalty', 'blacklist'] as const;

/** One of {@link REPAIR_TARGET_TYPES}. */
export type RepairTargetType = (typeof REPAIR_TARGET_TYPES)[number];

/** The dishonesty record a repair application is about. */
export const repairTargetSchema = z.strictObject({
  recordType: z.enum(REPAIR_TARGET_TYPES),
  recordId: textSchema(128),
});

/** A proof document (证明材料), known by name and SM3 digest; the bytes stay with the source system. */
export const repairMaterialSchema = z.strictObject({
  name: textSchema(200),
  sm3: sm3HexSchema,
  sizeBytes: z.number().int().nonnegative().optional(),
});

/**
 * One step of a repair's history: the status entered, when, by whom and why. Its type is the repair
 * workflow's `RepairHistoryEntry`, so a repair record is a `RepairState`.
 */
export const repairHistoryEntrySchema = z.strictObject({
  status: z.enum(REPAIR_STATUSES),
  at: timestampSchema,
  /** A role of `REPAIR_ACTORS`, optionally followed by `:` and an identifier (`department:hn-samr`). */
  actor: textSchema(100),
  reason: textSchema().optional(),
});

/** The decision on a repair application. */
export const repairDecisionSchema = z.strictObject({
  outcome: z.enum(REPAIR_OUTCOMES),
  decidedAt: timestampSchema,
  decidedBy: textSchema(200),
  /** Required in practice for a denial; the reason told to the applicant. */
  reason: textSchema().optional(),
});

/** A downstream system's receipt for a synced repair result (§4.4 结果共享 / 第三方同步). */
export const repairReceiptSchema = z.strictObject({
  /** Code of the receiving system, e.g. `credit_china` or `credit_wuhan` (`REPAIR_DOWNSTREAM_SYSTEMS`). */
  system: textSchema(64),
  receiptId: textSchema(128),
  receivedAt: timestampSchema,
});

/**
 * 信用修复 application and its progress (toolkit-defined `XYXF_*` wire columns, domain reference §4.4,
 * §9.2): the target record, the subject, 失信程度, channel, the 信用承诺书 reference, proof materials,
 * status with full history, the decision and downstream receipts. `recordId` is the application id.
 *
 * @example
 * const repair: RepairRecord = repairRecordSchema.parse(input);
 */
export const repairRecordSchema = z.strictObject({
  ...recordMetaShape,
  target: repairTargetSchema,
  subject: subjectSchema,
  severity: z.enum(CREDIT_SEVERITIES),
  channel: z.enum(REPAIR_CHANNELS),
  /** Reference of the signed 信用承诺书. */
  commitmentRef: textSchema(128),
  materials: z.array(repairMaterialSchema),
  status: z.enum(REPAIR_STATUSES),
  /** Every status entered, oldest first; the last one equals `status`. */
  history: z.array(repairHistoryEntrySchema).min(1),
  decision: repairDecisionSchema.optional(),
  receipts: z.array(repairReceiptSchema).optional(),
  /** BZ 备注. */
  remarks: textSchema().optional(),
});

/** A 信用修复 record. */
export type RepairRecord = z.infer<typeof repairRecordSchema>;
/** The target of a repair. */
export type RepairTarget = z.infer<typeof repairTargetSchema>;
/** A proof document of a repair. */
export type RepairMaterial = z.infer<typeof repairMaterialSchema>;
/** The decision on a repair. */
export type RepairDecision = z.infer<typeof repairDecisionSchema>;
/** A downstream receipt of a repair. */
export type RepairReceipt = z.infer<typeof repairReceiptSchema>;
