import { toFieldText } from '../internal/to-field-text.js';
import type { SourceRow } from './source-row.js';

/** Options of {@link fromIterable} and `fromRows`. */
export interface FromIterableOptions {
  /** The label rows carry; default `rows`. */
  source?: string;
}

/** Objects whose values become field text: the rows of a query, parsed API output, test fixtures. */
export type RowObjects =
  | Iterable<Readonly<Record<string, unknown>>>
  | AsyncIterable<Readonly<Record<string, unknown>>>;

/**
 * Turns objects into {@link SourceRow}s numbered from 1. Values become text as a database driver's
 * values should: strings as they are, numbers in shortest form, bigints in full, Dates as
 * `YYYY-MM-DD` (midnight in Asia/Shanghai) or an ISO timestamp, null as absent. A row holding a value
 * that would lose digits (an integer beyond 2^53, typically an identity number stored as a number) is
 * yielded with an `E_SOURCE_VALUE` error instead of a wrong number.
 *
 * @example
 * const rows = fromIterable([{ CF_WSH: '汉南市监罚〔2026〕1号', CF_NR_FK: 0.2 }], { source: 'fixture' });
 */
export async function* fromIterable(
  objects: RowObjects,
  options: FromIterableOptions = {},
): AsyncGenerator<SourceRow> {
  const source = options.source ?? 'rows';
  let rowNumber = 0;
  for await (const object of objects) {
    rowNumber += 1;
    const fields: Record<string, string> = {};
    const refused: string[] = [];
    for (const [key, value] of Object.entries(object)) {
      const result = toFieldText(value);
      if (!result.ok) refused.push(`${key}: ${result.reason}`);
      else if (result.text !== undefined) fields[key] = result.text;
    }
    if (refused.length === 0) yield { source, rowNumber, fields };
    else
      yield { source, rowNumber, fields: {}, error: { code: 'E_SOURCE_VALUE', message: refused.join('; ') } };
  }
}
