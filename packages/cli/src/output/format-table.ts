import { displayWidth, padDisplay } from './display-width.js';

/**
 * Lays rows out in aligned columns (two spaces apart, Chinese characters counted double wide); a
 * column whose every cell is a number is right-aligned. The last column is not padded.
 *
 * @example
 * formatTable([['stream', 'sent'], ['penalties', '120']]);
 * // 'stream     sent\npenalties   120\n'
 */
export function formatTable(rows: readonly (readonly string[])[], indent = ''): string {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(0, ...rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  const numeric = Array.from({ length: columns }, (_, column) =>
    rows.slice(1).every((row) => /^[\d.,%/ -]*$/.test(row[column] ?? '')),
  );
  return rows
    .map((row) => {
      const cells = row.map((cell, column) => {
        const last = column === row.length - 1;
        if (numeric[column] === true) return padDisplay(cell, widths[column] ?? 0, 'right');
        return last ? cell : padDisplay(cell, widths[column] ?? 0);
      });
      return `${`${indent}${cells.join('  ')}`.trimEnd()}\n`;
    })
    .join('');
}
