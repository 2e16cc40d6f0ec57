/**
 * Why a source could not turn a piece of its input into fields: `E_SOURCE_CSV` (bad quoting),
 * `E_SOURCE_JSON` (a line that is not a JSON object), `E_SOURCE_COLUMNS` (more values than the header
 * has columns), `E_SOURCE_ENCODING` (bytes the file's encoding cannot read), `E_SOURCE_VALUE` (a
 * value that cannot become text without losing digits, such as an unsafe integer from a database).
 */
export type SourceRowErrorCode =
  | 'E_SOURCE_CSV'
  | 'E_SOURCE_JSON'
  | 'E_SOURCE_COLUMNS'
  | 'E_SOURCE_ENCODING'
  | 'E_SOURCE_VALUE';

/** A row a source could not read; it is dead-lettered with its row number and the run goes on. */
export interface SourceRowError {
  readonly code: SourceRowErrorCode;
  /** What went wrong, without the row's values (they may hold identity numbers). */
  readonly message: string;
}

/**
 * One row of input as every source yields it: the source's label, the row number a person finds it
 * under, and every value as text. Sources never convert values (dates, amounts, codes): mapping does.
 */
export interface SourceRow {
  /** The file name, or the label the caller gave the source. */
  readonly source: string;
  /**
   * 1-based number of the data row, the header excluded: data row 1 is Excel row 2 under a one-line
   * header. Blank rows are not yielded but keep their numbers, so the numbers match the file.
   */
  readonly rowNumber: number;
  /** Column name → value as text. Empty when the row could not be read (see `error`). */
  readonly fields: Readonly<Record<string, string>>;
  /** Set when the row could not be read; such a row goes to the dead letters, not to mapping. */
  readonly error?: SourceRowError;
}

/** Anything a source can be: a stream of rows read lazily, once per iteration. */
export type Source = AsyncIterable<SourceRow>;
