import type { SinkDelivery } from '../sink.js';
import { failureOf } from './failure-of.js';

/**
 * The delivery of records whose call failed as a whole: every record `failed` with the error's code,
 * message and `retryable`, and the attempts the transport made (`error.attempts`, else 1).
 *
 * @example
 * try { … } catch (error) { return failedDelivery(records.length, error); }
 */
export function failedDelivery(count: number, error: unknown): SinkDelivery {
  const failure = failureOf(error);
  const attempts = (error as { attempts?: unknown } | null)?.attempts;
  return {
    outcomes: Array.from({ length: count }, () => ({ status: 'failed', failure }) as const),
    receipt: { error: failure.code },
    attempts: typeof attempts === 'number' && attempts >= 1 ? attempts : 1,
  };
}
