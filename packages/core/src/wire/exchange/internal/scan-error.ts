import { exchangeError } from './exchange-error.js';
import { formatCodePoint } from './xml-chars.js';
import type { ReferenceProblem } from './xml-references.js';

/** An error of `decodeExchangeMessage` found by the scan. */
export function scanError(
  code: Parameters<typeof exchangeError>[1],
  message: string,
  details?: Record<string, unknown>,
): Error {
  return exchangeError('decodeExchangeMessage', code, message, details);
}

/** The error for a reference `checkXmlReferences` refused, in the element `element`. */
export function referenceError(problem: ReferenceProblem, element: string): Error {
  return problem.kind === 'entity'
    ? scanError(
        'E_XML_MALFORMED',
        `<${element}>: '${problem.text}' is not one of the five predefined entities or a character reference`,
      )
    : scanError(
        'E_XML_CHAR',
        `<${element}>: character reference to ${formatCodePoint(problem.codePoint)}, which XML 1.0 cannot carry`,
        { char: formatCodePoint(problem.codePoint) },
      );
}
