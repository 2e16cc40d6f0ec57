import { errorCodeOf } from '@credit-bridge/credit-platform';
import { contentHash } from '../../dedupe/dedupe-key.js';
import type { ReconcileClient } from '../reconcile-options.js';
import type { ReconcileDifference, ReconcileReadBackError } from '../reconcile-report.js';
import { maskedSubject } from './masked-subject.js';
import { readBackError } from './read-back-error.js';
import type { LedgerRecord } from './read-ledger.js';

/**
 * Fetches sampled repairs by id (`repairs.get`) and compares each with the ledger's newest accepted
 * version: unknown to the platform, another version, or the same version with content other than the
 * ledger's hash of it.
 */
export async function readBackRepairs(
  client: ReconcileClient,
  sampled: readonly LedgerRecord[],
): Promise<{ differences: ReconcileDifference[]; errors: ReconcileReadBackError[] }> {
  const differences: ReconcileDifference[] = [];
  const errors: ReconcileReadBackError[] = [];
  for (const record of sampled) {
    const version = Math.max(...record.accepted.keys());
    const fixed = {
      recordType: record.recordType,
      recordId: record.recordId,
      sink: record.sink,
      source: 'read-back' as const,
      ledgerVersion: version,
      ledgerStatus: 'accepted' as const,
    };
    let repair: Awaited<ReturnType<ReconcileClient['repairs']['get']>>;
    try {
      repair = await client.repairs.get(record.recordId);
    } catch (error) {
      if (errorCodeOf(error) === 'E_NOT_FOUND') {
        differences.push({
          ...fixed,
          kind: 'missing_on_platform',
          message: `repairs.get does not know the record; the ledger says v${version} was accepted`,
        });
      } else {
        errors.push(readBackError('repairs.get', { recordId: record.recordId }, error));
      }
      continue;
    }
    const seen = { ...fixed, subject: maskedSubject(repair.subject), platformVersion: repair.version };
    if (repair.version !== version) {
      differences.push({
        ...seen,
        kind: 'version_mismatch',
        message: `repairs.get answers v${repair.version}; the ledger's newest accepted version is v${version}`,
      });
    } else if (!(record.accepted.get(version)?.has(contentHash(repair)) ?? false)) {
      differences.push({
        ...seen,
        kind: 'content_mismatch',
        message: `repairs.get answers v${version} with other content than the ledger's hash of it`,
      });
    }
  }
  return { differences, errors };
}
