import { z } from 'zod';
import { timestampSchema } from '../../model/field-schemas.js';
import { exchangeCountSchema } from './exchange-header.js';
import { EXCHANGE_LIMITS } from './exchange-namespace.js';

/** `Receipt/status`: every record accepted or duplicate, some rejected, or all (or the message) rejected. */
export const EXCHANGE_RECEIPT_STATUSES = ['ACCEPTED', 'PARTIAL', 'REJECTED'] as const;

/** `Result/status`: the words of the credit platform's batch results. */
export const EXCHANGE_RECORD_STATUSES = ['accepted', 'duplicate', 'rejected'] as const;

/** One problem in a receipt: a stable code, the wire name or header element concerned, and a message. */
export const exchangeReceiptErrorSchema = z.strictObject({
  code: z.string().regex(/^E_[A-Z0-9_]+$/, { message: 'must be E_ and upper-case letters, digits or _' }),
  field: z.string().optional(),
  message: z.string(),
});

/** The outcome of one record of the answered message. */
export const exchangeReceiptResultSchema = z.strictObject({
  /** Position of the record in the answered Body, from 0. */
  index: z
    .number()
    .int()
    .nonnegative()
    .max(EXCHANGE_LIMITS.maxRecords - 1),
  /** `RECORD_ID` of the record as sent; empty when it had none. */
  recordId: z.string(),
  status: z.enum(EXCHANGE_RECORD_STATUSES),
  /** Why the record was rejected; at least one when present. */
  errors: z.array(exchangeReceiptErrorSchema).min(1).optional(),
});

/**
 * The `Receipt` of a RECEIPT message (exchange-envelope.md, "Receipts"). Empty lists are absent, as the
 * schema has them (`Errors` and `Results` hold at least one element).
 *
 * @example
 * const receipt: ExchangeReceipt = exchangeReceiptSchema.parse(input);
 */
export const exchangeReceiptSchema = z.strictObject({
  status: z.enum(EXCHANGE_RECEIPT_STATUSES),
  /** When the platform accepted the bytes (`+08:00`). */
  receivedTime: timestampSchema,
  acceptedCount: exchangeCountSchema,
  duplicateCount: exchangeCountSchema,
  rejectedCount: exchangeCountSchema,
  /** Problems of the message as a whole (digest, record count, type, sender, receiver). */
  errors: z.array(exchangeReceiptErrorSchema).min(1).optional(),
  /** One result per record in document order; absent when the message was rejected as a whole. */
  results: z.array(exchangeReceiptResultSchema).min(1).max(EXCHANGE_LIMITS.maxRecords).optional(),
});

/** A receipt: the outcome of a published message. */
export type ExchangeReceipt = z.infer<typeof exchangeReceiptSchema>;
/** The outcome of one record in a receipt. */
export type ExchangeReceiptResult = z.infer<typeof exchangeReceiptResultSchema>;
/** One error in a receipt. */
export type ExchangeReceiptError = z.infer<typeof exchangeReceiptErrorSchema>;
