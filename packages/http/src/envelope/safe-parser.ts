import type { ContractIssue } from '../errors/contract-violation.js';

/** What a {@link SafeParser} answers: the value it read, or the issues, each with its path. */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: { readonly issues: readonly ContractIssue[] } };

/**
 * A schema as this package reads responses with one: `safeParse` gives the value, or issues with the path
 * from the value's root. A zod schema is one; the transport itself depends on no schema library, so the
 * adapters, which own their contracts' schemas, pass theirs in.
 */
export interface SafeParser<T> {
  safeParse(value: unknown): SafeParseResult<T>;
}

/**
 * The first issue of a failed parse, or `fallback` at the root when the parser gave none.
 *
 * @example
 * throw contractViolation(context, body, firstIssue(result.error, 'a valid envelope'));
 */
export function firstIssue(
  error: { readonly issues: readonly ContractIssue[] },
  fallback: string,
): ContractIssue {
  const issue = error.issues[0];
  return { path: issue?.path ?? [], message: issue?.message ?? fallback };
}
