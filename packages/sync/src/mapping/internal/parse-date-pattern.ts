import { type CalendarDateResult, parseCalendarDate, redactText } from '@credit-bridge/core';

const TOKENS: readonly [string, string, 'year' | 'month' | 'day'][] = [
  ['YYYY', '(\\d{4})', 'year'],
  ['MM', '(\\d{2})', 'month'],
  ['M', '(\\d{1,2})', 'month'],
  ['DD', '(\\d{2})', 'day'],
  ['D', '(\\d{1,2})', 'day'],
];

const compiled = new Map<string, { regex: RegExp; order: ('year' | 'month' | 'day')[] }>();

function compile(format: string): { regex: RegExp; order: ('year' | 'month' | 'day')[] } {
  const cached = compiled.get(format);
  if (cached !== undefined) return cached;
  let source = '';
  const order: ('year' | 'month' | 'day')[] = [];
  for (let i = 0; i < format.length; ) {
    const token = TOKENS.find(([name]) => format.startsWith(name, i));
    if (token === undefined) {
      source += (format[i] as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      i += 1;
    } else {
      source += token[1];
      order.push(token[2]);
      i += token[0].length;
    }
  }
  const result = { regex: new RegExp(`^${source}$`), order };
  compiled.set(format, result);
  return result;
}

/**
 * Reads a date in an explicit layout such as `DD/MM/YYYY` (tokens YYYY, MM, M, DD, D; anything else
 * literal), for the layouts that cannot be told apart from others by looking (03/04/2026). The day is
 * checked by `parseCalendarDate`.
 */
export function parseDatePattern(text: string, format: string): CalendarDateResult {
  const { regex, order } = compile(format);
  const match = regex.exec(text);
  if (match === null || !['year', 'month', 'day'].every((part) => order.includes(part as 'year'))) {
    return {
      ok: false,
      code: 'E_DATE_FORMAT',
      message: `[date ${format}] ${JSON.stringify(redactText(text).slice(0, 40))} does not have that layout`,
    };
  }
  const parts: Record<string, string> = {};
  order.forEach((part, index) => {
    parts[part] = match[index + 1] as string;
  });
  return parseCalendarDate(`${parts.year}-${parts.month}-${parts.day}`);
}
