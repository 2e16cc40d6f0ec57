// Excel keeps 15 significant digits and shows no more; formatting to 15 also drops binary float noise
// (0.1 + 0.2 shows as 0.3). The standard notation never switches to exponents.
const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 15 });
const ZERO_PADDED = /^0+$/;

/**
 * The text a spreadsheet cell shows, for the values ExcelJS reads: numbers without float noise (and
 * zero-padded when the cell's format is `000000`, as codes with leading zeros often are), dates as
 * `YYYY-MM-DD` (with ` HH:mm:ss` when they carry a time), rich text and hyperlinks as their text,
 * formulas as their cached result, booleans as `TRUE`/`FALSE`, errors as `#N/A` and the like.
 */
export function cellText(value: unknown, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    const cell = value as Record<string, unknown>;
    if (Array.isArray(cell.richText)) {
      return cell.richText.map((run: unknown) => String((run as { text?: unknown }).text ?? '')).join('');
    }
    if ('formula' in cell || 'sharedFormula' in cell) return cellText(cell.result, numFmt);
    if ('text' in cell) return cellText(cell.text, numFmt);
    if ('error' in cell) return String(cell.error);
  }
  return String(value);
}

function numberText(value: number, numFmt: string | undefined): string {
  const text = NUMBER_FORMAT.format(value);
  if (numFmt !== undefined && ZERO_PADDED.test(numFmt) && Number.isInteger(value) && value >= 0) {
    return text.padStart(numFmt.length, '0');
  }
  return text;
}

// ExcelJS builds dates from the serial as UTC instants, so the UTC fields are the sheet's wall clock.
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const seconds = date.getUTCHours() * 3600 + date.getUTCMinutes() * 60 + date.getUTCSeconds();
  if (seconds === 0) return day;
  return `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}
