import { CreditBridgeError } from '../errors/credit-bridge-error.js';
import { computeIdNumberCheckChar } from '../ids/compute-id-number-check-char.js';
import type { Random } from './create-random.js';
import { WUHAN_DISTRICT_CODES } from './wuhan-district-codes.js';

/** Options of {@link generateIdNumber}. */
export interface GenerateIdNumberOptions {
  /** Positions 1–6; default one of {@link WUHAN_DISTRICT_CODES}. */
  regionCode?: string;
  /** Inclusive range of birth years; default [1950, 2000]. Keep it in the past: validation rejects future dates. */
  birthYearRange?: [number, number];
  /** Decides the parity of the sequence code; default random. */
  sex?: 'male' | 'female';
}

/**
 * Generates a synthetic, valid identity number (GB 11643-1999): region, a real birth date in the range,
 * a sequence code whose parity matches the sex, and the MOD 11-2 check. For test data only; it names
 * no one. Throws `CreditBridgeError` `E_ARGUMENT` for a bad region or year range.
 *
 * @example
 * generateIdNumber(createRandom(3), { sex: 'female', birthYearRange: [1980, 1989] }); // '420114198006037620'
 */
export function generateIdNumber(random: Random, options: GenerateIdNumberOptions = {}): string {
  const regionCode = options.regionCode ?? random.pick(WUHAN_DISTRICT_CODES);
  const [fromYear, toYear] = options.birthYearRange ?? [1950, 2000];
  if (!/^[1-8]\d{5}$/.test(regionCode)) {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: `[generateIdNumber] regionCode must be 6 digits starting 1–8, got '${regionCode}'`,
    });
  }
  if (
    !Number.isInteger(fromYear) ||
    !Number.isInteger(toYear) ||
    fromYear > toYear ||
    fromYear < 1800 ||
    toYear > 9999
  ) {
    throw new CreditBridgeError({
      code: 'E_ARGUMENT',
      message: `[generateIdNumber] birthYearRange must be integer years from 1800 with from <= to, got [${fromYear}, ${toYear}]`,
    });
  }
  const year = random.int(fromYear, toYear);
  const month = random.int(1, 12);
  const day = random.int(1, daysInMonth(year, month));
  const sex = options.sex ?? (random.chance(0.5) ? 'male' : 'female');
  // GB 11643: odd sequence codes go to men, even ones to women; 000 is avoided.
  const sequence = sex === 'male' ? 2 * random.int(0, 499) + 1 : 2 * random.int(1, 499);
  const first17 = `${regionCode}${year}${pad(month, 2)}${pad(day, 2)}${pad(sequence, 3)}`;
  return `${first17}${computeIdNumberCheckChar(first17)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
