import type { SinkOutcome } from '../sink.js';

/** A platform's verdict on one record, as both adapters report it (per record, in input order). */
export interface PlatformRecordResult {
  status: 'accepted' | 'duplicate' | 'rejected';
  errors?: readonly { code: string; field?: string | undefined; message: string }[] | undefined;
}

/**
 * The sink outcomes of a platform's per-record results: accepted and duplicate pass through, a rejection
 * carries the platform's issues (code, field, message) for the dead letters.
 *
 * @example
 * recordOutcomes(outcome.results); // [{ status: 'accepted' }, { status: 'rejected', issues: [...] }]
 */
export function recordOutcomes(results: readonly PlatformRecordResult[]): SinkOutcome[] {
  return results.map((result): SinkOutcome => {
    if (result.status !== 'rejected') return { status: result.status };
    const issues = (result.errors ?? []).map((issue) => ({
      code: issue.code,
      ...(issue.field === undefined ? {} : { field: issue.field }),
      message: issue.message,
    }));
    return { status: 'rejected', issues };
  });
}
