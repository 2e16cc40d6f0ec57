import type { JsonObject } from '../../state/state-store.js';
import type { SinkDelivery } from '../sink.js';
import { failedDelivery } from './failed-delivery.js';
import { type PlatformRecordResult, recordOutcomes } from './record-outcomes.js';

/**
 * One delivery through a platform call: the call's per-record results as sink outcomes with the
 * receipt and attempts `describe` reads off its answer, or, when the call fails as a whole, every
 * record `failed` with its error (see `failedDelivery`).
 *
 * @example
 * return settleDelivery(records.length, () => client.penalties.submit(records), (outcome) => ({ receipt, attempts }));
 */
export async function settleDelivery<Outcome extends { results: readonly PlatformRecordResult[] }>(
  count: number,
  call: () => Promise<Outcome>,
  describe: (outcome: Outcome) => { receipt: JsonObject; attempts: number },
): Promise<SinkDelivery> {
  let outcome: Outcome;
  try {
    outcome = await call();
  } catch (error) {
    return failedDelivery(count, error);
  }
  return { outcomes: recordOutcomes(outcome.results), ...describe(outcome) };
}
