/**
 * How hard identifier validation is: `strict` rejects a failed check character, `warn` accepts the code
 * and reports the failure in `warnings` (real registered USCCs exist that fail the GB 32100 check).
 */
export type IdCheckMode = 'strict' | 'warn';

/** One problem found in an identifier; warnings use the same shape. */
export interface IdIssue {
  /** Stable machine code, e.g. `E_USCC_CHECKSUM` or `W_USCC_CATEGORY`. */
  code: string;
  /** Readable explanation; never contains an unmasked identity number. */
  message: string;
}
