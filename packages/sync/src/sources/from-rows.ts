import { type FromIterableOptions, fromIterable, type RowObjects } from './from-iterable.js';
import type { SourceRow } from './source-row.js';

/**
 * A source over database rows the caller fetches: `query` is called on each iteration (so a retry
 * re-reads from the start) and may return any iterable of row objects, such as a driver's cursor.
 * Values become text as {@link fromIterable} describes; the sync package opens no connection itself.
 *
 * @example
 * const source = fromRows(() => pool.query(new Cursor('SELECT * FROM frxzcf ORDER BY id')), { source: 'frxzcf' });
 */
export function fromRows(
  query: () => RowObjects,
  options: FromIterableOptions = {},
): AsyncIterable<SourceRow> {
  return {
    [Symbol.asyncIterator]: () =>
      fromIterable(query(), { source: options.source ?? 'rows', ...options })[Symbol.asyncIterator](),
  };
}
