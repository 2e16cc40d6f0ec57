import type { CodeTableName } from './code-tables.js';

/**
 * How a field's value travels. Every wire value is a string:
 * - `string`: free text as is; `identifier`: a USCC, organisation code or document number, normalised
 *   on input (full-width to ASCII, no spaces or hyphens, upper case);
 * - `integer`: decimal digits; `date`: `YYYY-MM-DD`; `timestamp`: ISO 8601 with `+08:00`;
 * - `money`: 万元 as a canonical decimal string (the model holds integer fen);
 * - `code`: the code table's word; `codes`: several words joined with `;`;
 * - `json`: an array of objects as JSON text whose keys are the `items` wire names and whose values are
 *   strings too.
 */
export type WireFieldKind =
  | 'string'
  | 'identifier'
  | 'integer'
  | 'date'
  | 'timestamp'
  | 'money'
  | 'code'
  | 'codes'
  | 'json';

/** One property of the objects inside a `json` field. */
export interface WireItemField {
  /** Property name in the domain object. */
  readonly field: string;
  /** Key in the JSON object on the wire. */
  readonly wire: string;
  readonly label: string;
  readonly kind: Exclude<WireFieldKind, 'json' | 'codes'>;
  readonly table?: CodeTableName;
}

/** One column of a record's wire form: its domain path, wire name, Chinese label and value form. */
export interface WireField {
  /** Dotted path in the domain record, e.g. `subject.uscc`. */
  readonly field: string;
  /** The wire (column) name, e.g. `CF_XDR_SHXYM`. */
  readonly wire: string;
  /** Other wire names some platforms use for the same column (read, never written). */
  readonly wireAliases?: readonly string[];
  /** The Chinese column title of the templates; the sync engine maps spreadsheet headers with it. */
  readonly label: string;
  /** Other header titles seen for the column. */
  readonly labelAliases?: readonly string[];
  readonly kind: WireFieldKind;
  /** Required for every record of the type. */
  readonly required: boolean;
  /** For conditionally required columns: when (in words; record validation enforces it). */
  readonly requiredWhen?: string;
  /** The code table of a `code` / `codes` field. */
  readonly table?: CodeTableName;
  /** The properties of the objects of a `json` field. */
  readonly items?: readonly WireItemField[];
  /** Length of the column in the implementers' DDL (domain reference §3.2), for reference. */
  readonly maxLength?: number;
  /** True for columns the toolkit defines (no public national column exists). */
  readonly toolkitDefined?: boolean;
}
