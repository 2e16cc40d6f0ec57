import type { DeadLetter } from '@credit-bridge/sync';
import { formatTable } from './format-table.js';

/**
 * Dead letters as text: one line per issue — source and row (as a person finds it in the file),
 * field, rule, the masked value and the message. At most `limit` rows are shown, then how many more.
 *
 * @example
 * io.stdout.write(formatDeadLetters(verdict.rejects, { limit: 20 }));
 */
export function formatDeadLetters(
  letters: readonly (DeadLetter & { readonly id?: number })[],
  options: { readonly limit?: number; readonly indent?: string } = {},
): string {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const shown = letters.slice(0, limit);
  const rows = shown.flatMap((letter) =>
    letter.issues.map((issue, index) => [
      index === 0 ? `${letter.source}:${letter.rowNumber}` : '',
      issue.field === '' ? '(row)' : issue.field,
      issue.rule,
      issue.value ?? '',
      issue.message,
    ]),
  );
  const table = rows.length === 0 ? '' : formatTable(rows, options.indent ?? '  ');
  const more = letters.length - shown.length;
  return more > 0 ? `${table}${options.indent ?? '  '}… and ${more} more rejected rows\n` : table;
}
