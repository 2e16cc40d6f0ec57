import { contractViolation, type RequestContext } from '@credit-bridge/http';

/** What the merge needs: the batch's answer and where it came from. */
export interface BatchAnswer<R extends { index: number }> {
  results: readonly R[];
  /** How many items the batch sent. */
  sent: number;
  /** The call, for a `ContractError`. */
  context: RequestContext;
  /** The envelope's data field name and the validated data, to point a `ContractError` at the result. */
  dataField: string;
  data: unknown;
  /** A further check of one result against what was sent at its index. */
  check?: (result: R) => { field: string; message: string } | undefined;
}

/**
 * Checks that a batch answer holds exactly one result per item sent (indexes 0…sent−1, each once, each
 * passing `check`) and hands every result to `place` with its position in the batch. Anything else is a
 * `ContractError` pointing at the result, since results merged into the wrong input position would
 * report the wrong record's fate.
 *
 * @example
 * mergeBatchResults({ results, sent: batch.length, context, dataField: 'data', data }, (result) => {
 *   merged[batch[result.index].index] = result;
 * });
 */
export function mergeBatchResults<R extends { index: number }>(
  answer: BatchAnswer<R>,
  place: (result: R) => void,
): void {
  const { dataField } = answer;
  const seen = new Set<number>();
  answer.results.forEach((result, at) => {
    const inRange = Number.isInteger(result.index) && result.index >= 0 && result.index < answer.sent;
    const problem =
      !inRange || seen.has(result.index)
        ? { field: 'index', message: `each index from 0 to ${answer.sent - 1} once` }
        : answer.check?.(result);
    if (problem !== undefined) {
      throw contractViolation(
        answer.context,
        { [dataField]: answer.data },
        { path: [dataField, 'results', at, problem.field], message: problem.message },
      );
    }
    seen.add(result.index);
    place(result);
  });
  if (seen.size !== answer.sent) {
    throw contractViolation(
      answer.context,
      { [dataField]: answer.data },
      { path: [dataField, 'results'], message: `one result for each of the ${answer.sent} items sent` },
    );
  }
}
