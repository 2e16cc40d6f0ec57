import type { SafeParser } from '../../src/index.js';

/** Checks one value: `undefined` when it passes, else what was expected. */
export type Check = (value: unknown) => string | undefined;

export const isString: Check = (value) => (typeof value === 'string' ? undefined : 'a string');
export const isBoolean: Check = (value) => (typeof value === 'boolean' ? undefined : 'a boolean');
export const isArray: Check = (value) => (Array.isArray(value) ? undefined : 'an array');
export const equals =
  (expected: unknown): Check =>
  (value) =>
    value === expected ? undefined : `exactly ${JSON.stringify(expected)}`;

/**
 * A schema without a schema library, as the transport's tests need one: an object whose named members
 * pass their checks (others are kept), the first failure reported at its member, like zod's first issue.
 */
export function objectSchema(checks: Readonly<Record<string, Check>>): SafeParser<Record<string, unknown>> {
  return {
    safeParse(value) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return { success: false, error: { issues: [{ path: [], message: 'an object' }] } };
      }
      const record = value as Record<string, unknown>;
      for (const [key, check] of Object.entries(checks)) {
        const message = check(record[key]);
        if (message !== undefined) return { success: false, error: { issues: [{ path: [key], message }] } };
      }
      return { success: true, data: record };
    },
  };
}
