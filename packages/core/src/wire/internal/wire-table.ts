import type { WireField } from '../wire-field.js';

/** A column name a field reads: its position in the table and its rank (0 the wire name, 1… its aliases). */
export interface WireColumnHit {
  readonly index: number;
  readonly rank: number;
}

/**
 * A wire mapping table prepared once for the per-row codecs: the fields, their domain paths already
 * split, and every upper-case wire name and alias → the fields that read it (in table order), so a row
 * is read in one pass over its columns instead of a search per field.
 */
export interface WireTable {
  readonly fields: readonly WireField[];
  readonly paths: readonly (readonly string[])[];
  /** For a two-step path (`subject.uscc`), its first step; `undefined` for any other path. */
  readonly parents: readonly (string | undefined)[];
  readonly columns: ReadonlyMap<string, readonly WireColumnHit[]>;
}

/** Prepares a wire mapping table; see {@link WireTable}. */
export function prepareWireTable(fields: readonly WireField[]): WireTable {
  const columns = new Map<string, WireColumnHit[]>();
  fields.forEach((field, index) => {
    [field.wire, ...(field.wireAliases ?? [])].forEach((name, rank) => {
      const hits = columns.get(name) ?? [];
      hits.push({ index, rank });
      columns.set(name, hits);
    });
  });
  const paths = fields.map((field) => field.field.split('.'));
  const parents = paths.map((steps) => (steps.length === 2 ? steps[0] : undefined));
  return { fields, paths, parents, columns };
}

/**
 * The fields that read a column, matched as the table's names are written first and then trimmed and
 * upper-cased (`cf_xdr_mc` reads as `CF_XDR_MC`); `undefined` when none does.
 */
export function columnHits(table: WireTable, column: string): readonly WireColumnHit[] | undefined {
  const exact = table.columns.get(column);
  if (exact !== undefined) return exact;
  const folded = column.trim().toUpperCase();
  return folded === column ? undefined : table.columns.get(folded);
}
