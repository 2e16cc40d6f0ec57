import { isCreditBridgeError } from '@credit-bridge/core';
import { maskedSnippet } from '../internal/masked-snippet.js';
import { type RequestContext, TransportError } from './transport-error.js';

/** Renders a JSON path the way a reader expects: `data.results[3].status`, `$` for the root. */
function formatJsonPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '$';
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('');
}

/**
 * The response broke the contract: not JSON, a missing field, a wrong type. Carries the JSON path and a
 * masked snippet of what arrived. Not retryable: the same request will get the same answer.
 *
 * @example
 * throw new ContractError({ ...requestContext(request), jsonPath: ['data', 'results', 3, 'status'],
 *   expected: 'accepted | duplicate | rejected', received: value });
 */
export class ContractError extends TransportError<'E_CONTRACT'> {
  readonly jsonPath: readonly (string | number)[];

  constructor(
    options: RequestContext & {
      /** Where in the body the contract broke, e.g. `['data', 'results', 3, 'status']`. */
      jsonPath: readonly (string | number)[];
      expected: string;
      received?: unknown;
      cause?: unknown;
    },
  ) {
    const where = formatJsonPath(options.jsonPath);
    super({
      ...options,
      code: 'E_CONTRACT',
      outcome: `response contract violated at ${where}: expected ${options.expected}`,
      retryable: false,
      details: {
        jsonPath: where,
        expected: options.expected,
        ...(options.received === undefined ? {} : { snippet: maskedSnippet(options.received) }),
      },
    });
    this.name = 'ContractError';
    this.jsonPath = Object.freeze([...options.jsonPath]);
  }
}

/** Cross-realm guard for {@link ContractError}. */
export function isContractError(value: unknown): value is ContractError {
  return isCreditBridgeError(value) && value.name === 'ContractError' && value.code === 'E_CONTRACT';
}
