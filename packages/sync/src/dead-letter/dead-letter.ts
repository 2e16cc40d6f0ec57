import type { RecordType } from '@credit-bridge/core';

/** One reason a row was rejected, as a dead letter records it. */
export interface DeadLetterIssue {
  /** The field it concerns, as a dotted domain path (`subject.uscc`), a source column, or `''` for the row. */
  readonly field: string;
  /** The rule's code: `E_REQUIRED`, `E_USCC_CHECKSUM`, `E_SOURCE_CSV`, … */
  readonly rule: string;
  readonly message: string;
  /** The offending value, masked when it is personal data; never the raw row. */
  readonly value?: string;
}

/**
 * One rejected row: where it came from (source and row number, as a person finds it in the file),
 * what it was meant to be and why it was rejected. Written one per line to the dead-letter JSONL file
 * and kept in the state store.
 */
export interface DeadLetter {
  readonly source: string;
  readonly rowNumber: number;
  readonly recordType: RecordType;
  /** The record id, when the row got far enough to have one. */
  readonly recordId?: string;
  readonly issues: readonly DeadLetterIssue[];
  /** ISO timestamp of the rejection. */
  readonly at: string;
}
