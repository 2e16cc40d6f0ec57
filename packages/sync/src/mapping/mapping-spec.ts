import type { MoneyUnit, RecordType } from '@credit-bridge/core';

/**
 * One step that turns a source cell into the value its column carries on the wire. Cells are always
 * trimmed first (spaces, U+3000, zero-width characters); a blank cell counts as absent.
 * - `halfWidth`: full-width letters, digits and punctuation (`ＡＢＣ１２３（）`) as ASCII, U+3000 as a space;
 * - `replace`: exact whole-cell replacements, e.g. `{ '—': '' }`;
 * - `default`: the value of a blank cell;
 * - `date`: a date column; `format` (`DD/MM/YYYY`, `MM/DD/YYYY`, `YYYY年M月D日`, … with the tokens
 *   YYYY, MM, M, DD, D) for layouts `parseCalendarDate` cannot tell apart, `excelSerial` for serial
 *   day numbers; by default any layout `parseCalendarDate` reads;
 * - `amount`: a money column written in `unit` (`yuan` 元 or `wan_yuan` 万元); the wire carries 万元;
 * - `code`: extra words for a code column, each naming a key of the field's core code table
 *   (`{ 一般罚款: 'fine' }`); other words go to core's table as they are.
 */
export type ColumnTransform =
  | { readonly type: 'halfWidth' }
  | { readonly type: 'replace'; readonly values: Readonly<Record<string, string>> }
  | { readonly type: 'default'; readonly value: string }
  | { readonly type: 'date'; readonly format?: string; readonly excelSerial?: boolean }
  | { readonly type: 'amount'; readonly unit: MoneyUnit }
  | { readonly type: 'code'; readonly synonyms: Readonly<Record<string, string>> };

/** Where one source column goes, and how its cells are transformed on the way. */
export interface ColumnMapping {
  /** The target: a domain field path (`subject.uscc`), a wire name (`CF_XDR_SHXYM`) or a column title. */
  readonly field: string;
  readonly transform?: ColumnTransform | readonly ColumnTransform[];
}

/** Presets that rewrite whole rows before mapping. */
export type MappingPreset = 'generation-1';

/**
 * How the rows of one source become records of one type, declaratively (a config file can hold it).
 * Headers that are national wire names or template titles map without being listed; `columns` adds
 * or overrides targets; `constants` fill fields no column carries (`sourceSystem`, `version`).
 *
 * @example
 * const spec: MappingSpec<'penalty'> = {
 *   recordType: 'penalty',
 *   columns: { 案件编号: 'recordId', '罚款(元)': { field: 'fineFen', transform: { type: 'amount', unit: 'yuan' } } },
 *   constants: { version: 1, sourceSystem: 'hn-samr', regionCode: '420113' },
 * };
 */
export interface MappingSpec<T extends RecordType = RecordType> {
  readonly recordType: T;
  /** Source column → target (a string is a target without transforms). */
  readonly columns?: Readonly<Record<string, string | ColumnMapping>>;
  /** Domain field path → value, set on every record (after the columns, so they win). */
  readonly constants?: Readonly<Record<string, unknown>>;
  /** Domain field path → extra code words → code-table key, however the column was mapped. */
  readonly synonyms?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Source columns to leave out without reporting them. */
  readonly ignore?: readonly string[];
  /** Map headers that are wire names or template titles without configuration; default true. */
  readonly autoMap?: boolean;
  /** `generation-1`: the rows are generation-1 双公示 rows (penalty and license), converted by core. */
  readonly preset?: MappingPreset;
}
