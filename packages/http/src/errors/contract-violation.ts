import { ContractError } from './contract-error.js';
import type { RequestContext } from './transport-error.js';

/** One way a response broke the contract: where (path from the body's root) and what was expected. */
export interface ContractIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** The deepest value that exists along `path`: the culprit itself, or the object that lacks it. */
function valueAlong(body: unknown, path: readonly (string | number)[]): unknown {
  let current = body;
  for (const part of path) {
    if (typeof current !== 'object' || current === null) return current;
    const next = (current as Record<string | number, unknown>)[part];
    if (next === undefined) return current;
    current = next;
  }
  return current;
}

/**
 * A `ContractError` for the first thing wrong with a response body: the path from the body's root (JSON
 * properties, or XML elements for a receipt read into an object), what the contract expected there, and a
 * masked snippet of what arrived (the value, or the object missing it). The snippet goes through core's
 * masking, so identifiers in the body never reach a message. Takes an issue as schema libraries report
 * one (a zod issue fits), so an adapter passes its first issue as it is.
 *
 * @example
 * throw contractViolation(context, body, { path: ['data', 'results', 3, 'status'], message: 'Invalid option' });
 */
export function contractViolation(
  context: RequestContext,
  body: unknown,
  issue: ContractIssue,
): ContractError {
  const path = issue.path.map((part) => (typeof part === 'number' ? part : String(part)));
  return new ContractError({
    ...context,
    jsonPath: path,
    expected: issue.message,
    received: valueAlong(body, path),
  });
}
