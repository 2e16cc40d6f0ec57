import { computeOrgCodeCheckChar } from '../ids/compute-org-code-check-char.js';
import { USCC_CHARSET } from '../ids/compute-uscc-check-char.js';
import type { Random } from './create-random.js';

const DIGITS = '0123456789';

/**
 * Generates a synthetic, valid organisation code (GB 11714, machine form): either 8 digits or the
 * `MA` prefix of codes issued since 2015 followed by 6 characters. Body characters come from the
 * USCC code set, so the result can be embedded in a USCC; the internal-use `PDY` range never occurs.
 *
 * @example
 * generateOrgCode(createRandom(1)); // '059926748'
 */
export function generateOrgCode(random: Random): string {
  const body = random.chance(0.5) ? `MA${chars(random, USCC_CHARSET, 6)}` : chars(random, DIGITS, 8);
  return `${body}${computeOrgCodeCheckChar(body)}`;
}

function chars(random: Random, alphabet: string, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += alphabet.charAt(random.int(0, alphabet.length - 1));
  return out;
}
