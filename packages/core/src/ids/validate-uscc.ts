import { computeOrgCodeCheckChar } from './compute-org-code-check-char.js';
import { computeUsccCheckChar, USCC_CHARSET } from './compute-uscc-check-char.js';
import type { IdCheckMode, IdIssue } from './id-issue.js';
import { normalizeIdentifier } from './normalize-identifier.js';
import { describeUsccCategory } from './uscc-department-categories.js';

/**
 * The placeholder (17 zeros and `X`) that the 双公示 templates put where an individual or individual
 * business has no USCC. It fails the GB 32100 check, so validators recognise it by name.
 */
export const USCC_PLACEHOLDER = '00000000000000000X';

const IN_CHARSET = new RegExp(`^[${USCC_CHARSET}]{18}$`);

/** Why a USCC was rejected. */
export type UsccErrorCode =
  | 'E_USCC_EMPTY'
  | 'E_USCC_LENGTH'
  | 'E_USCC_CHARSET'
  | 'E_USCC_REGION'
  | 'E_ORG_CHECKSUM'
  | 'E_USCC_CHECKSUM';

/** Codes that can appear in `warnings` of an accepted USCC (checksums only in mode `warn`). */
export type UsccWarningCode = 'W_USCC_CATEGORY' | 'E_ORG_CHECKSUM' | 'E_USCC_CHECKSUM';

/** Outcome of {@link validateUscc}: the code split into its parts, or why it was rejected. */
export type UsccResult =
  | {
      ok: true;
      /** The code in machine form (see `normalizeIdentifier`). */
      value: string;
      /** True for {@link USCC_PLACEHOLDER}. */
      placeholder: boolean;
      /** Position 1, 登记管理部门码. */
      departmentCode: string;
      /** Position 2, 机构类别码. */
      categoryCode: string;
      /** Positions 3–8, GB/T 2260 code of the registering authority. */
      regionCode: string;
      /** Positions 9–17, the embedded GB 11714 organisation code. */
      orgCode: string;
      warnings: IdIssue[];
    }
  | { ok: false; code: UsccErrorCode; message: string };

/**
 * Validates a unified social credit code (GB 32100-2015): length, code set, region digits, the embedded
 * GB 11714 organisation code check and the position-18 check. The input is normalised first. An
 * unknown department/category pair is a `W_USCC_CATEGORY` warning; in mode `warn` (default `strict`)
 * the two checksum failures become warnings too.
 *
 * @example
 * validateUscc('91350100M000100Y43'); // { ok: true, regionCode: '350100', orgCode: 'M000100Y4', … }
 * validateUscc('91350211M0000XUF46', { mode: 'warn' }).ok; // true, warnings: [E_USCC_CHECKSUM]
 */
export function validateUscc(input: string, options: { mode?: IdCheckMode } = {}): UsccResult {
  const mode = options.mode ?? 'strict';
  const value = typeof input === 'string' ? normalizeIdentifier(input) : '';
  if (value === '') return fail('E_USCC_EMPTY', 'USCC is empty');
  if (value.length !== 18) {
    return fail('E_USCC_LENGTH', `USCC must be 18 characters, got ${value.length}`);
  }
  const parts = {
    value,
    departmentCode: value.slice(0, 1),
    categoryCode: value.slice(1, 2),
    regionCode: value.slice(2, 8),
    orgCode: value.slice(8, 17),
  };
  if (value === USCC_PLACEHOLDER) return { ok: true, placeholder: true, ...parts, warnings: [] };

  // One test for the whole code; the first stray character is looked for only when there is one.
  if (!IN_CHARSET.test(value)) {
    for (let i = 0; i < 18; i++) {
      if (!USCC_CHARSET.includes(value.charAt(i))) {
        return fail(
          'E_USCC_CHARSET',
          `USCC position ${i + 1} has ${JSON.stringify(value.charAt(i))}, not in the GB 32100 code set (digits and A–Y without I, O, S, V)`,
        );
      }
    }
  }
  // GB 32100: positions 3–8 are a GB/T 2260 administrative division code.
  if (!/^\d{6}$/.test(parts.regionCode) || parts.regionCode === '000000') {
    return fail('E_USCC_REGION', `USCC positions 3–8 '${parts.regionCode}' are not a region code`);
  }

  const warnings: IdIssue[] = [];
  if (describeUsccCategory(parts.departmentCode, parts.categoryCode) === undefined) {
    warnings.push({
      code: 'W_USCC_CATEGORY',
      message: `USCC department/category '${parts.departmentCode}${parts.categoryCode}' is not in the GB 32100 table`,
    });
  }

  const orgExpected = computeOrgCodeCheckChar(parts.orgCode.slice(0, 8));
  if (orgExpected !== parts.orgCode.charAt(8)) {
    const message = `USCC positions 9–17: organisation code check character should be '${orgExpected}', got '${parts.orgCode.charAt(8)}'`;
    if (mode === 'strict') return fail('E_ORG_CHECKSUM', message);
    warnings.push({ code: 'E_ORG_CHECKSUM', message });
  }

  const expected = computeUsccCheckChar(value.slice(0, 17));
  if (expected !== value.charAt(17)) {
    const message = `USCC check character should be '${expected}', got '${value.charAt(17)}'`;
    if (mode === 'strict') return fail('E_USCC_CHECKSUM', message);
    warnings.push({ code: 'E_USCC_CHECKSUM', message });
  }

  return { ok: true, placeholder: false, ...parts, warnings };
}

/**
 * True when {@link validateUscc} accepts the input.
 *
 * @example
 * isValidUscc('91350100M000100Y43'); // true
 */
export function isValidUscc(input: string, options: { mode?: IdCheckMode } = {}): boolean {
  return validateUscc(input, options).ok;
}

function fail(code: UsccErrorCode, message: string): UsccResult {
  return { ok: false, code, message };
}
