import type { ValidationIssue } from '../../errors/record-validation-error.js';
import type { RecordOf } from '../../model/record-schemas.js';
import type { ExchangeCreditReport } from './exchange-credit-report.js';
import type { ExchangeHeader, ExchangeHeaderInput } from './exchange-header.js';
import type { RecordMessageType, RecordTypeOf } from './exchange-message-type.js';
import type { ExchangeReceipt } from './exchange-receipt.js';

/** The encodings the codec writes; on input GBK and GB2312 are read as GB18030, their superset. */
export type ExchangeEncoding = 'UTF-8' | 'GB18030';

/** The record carried by each message type that carries records (XYBG: a report). */
export type ExchangeRecordOf<M extends RecordMessageType | 'XYBG'> = M extends RecordMessageType
  ? RecordOf<RecordTypeOf<M>>
  : ExchangeCreditReport;

/**
 * A message to send, discriminated by `messageType` (`Header/messageType`, kept at the top so that
 * TypeScript narrows on it): records of one kind, credit reports, or one receipt. The codec fills in
 * the header's `messageType`, `schemaVersion`, `recordCount`, `bodyDigest` and `digestAlgorithm`.
 */
export type ExchangeMessage =
  | {
      [M in RecordMessageType | 'XYBG']: {
        messageType: M;
        header: ExchangeHeaderInput;
        /** 1–500 records, written in this order. */
        records: readonly ExchangeRecordOf<M>[];
      };
    }[RecordMessageType | 'XYBG']
  | { messageType: 'RECEIPT'; header: ExchangeHeaderInput; receipt: ExchangeReceipt };

/** A record-level problem found by decoding: a validation issue, plus the wire name concerned. */
export interface ExchangeRecordIssue extends ValidationIssue {
  /** The element (wire name) concerned, for a receipt's `Error/field`, when one is known. */
  field?: string;
}

/**
 * One record of a received message, in Body order. Decoding is structural: the element is read into a
 * wire row, through `fromWireRecord` and the record's zod schema. `ok: false` carries the issues
 * (`E_XML_SCHEMA` for an unknown, repeated, empty or nested element; the schema's codes otherwise) and
 * the unvalidated `input`. Check characters and cross-field rules are `validateRecord`'s job.
 */
export type DecodedRecord<T> =
  | { index: number; recordId: string; ok: true; value: T }
  | { index: number; recordId: string; ok: false; issues: ExchangeRecordIssue[]; input: unknown };

/** What every decoded message has besides its body. */
interface DecodedBase {
  /** The header as received, digest verified. */
  header: ExchangeHeader;
  /** The encoding the bytes were read in. */
  encoding: ExchangeEncoding;
}

/** A received message, discriminated by `messageType` like {@link ExchangeMessage}. */
export type DecodedExchangeMessage =
  | {
      [M in RecordMessageType | 'XYBG']: DecodedBase & {
        messageType: M;
        records: DecodedRecord<ExchangeRecordOf<M>>[];
      };
    }[RecordMessageType | 'XYBG']
  | (DecodedBase & { messageType: 'RECEIPT'; receipt: ExchangeReceipt });
