import { ContractError, type RequestContext } from '@credit-bridge/http';

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
 * A `ContractError` for the first thing wrong with a response: the path from the body's root (JSON
 * properties, or XML elements for a receipt), what the contract expected there, and a masked snippet of
 * what arrived. The snippet goes through core's masking, so identifiers never reach a message.
 *
 * @example
 * throw contractViolation(context, body, { path: ['data', 'items', 3, 'payload'], message: 'base64' });
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
