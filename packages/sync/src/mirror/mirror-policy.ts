import { CreditBridgeError } from '@credit-bridge/core';

/**
 * What a mirror older than `maxAgeMs` does: `remote` asks the platform (`blacklist.check`) instead,
 * `refuse` throws `E_MIRROR_STALE`, `serve` answers from the mirror and marks the answer `stale`.
 */
export type StalePolicy = 'remote' | 'refuse' | 'serve';

/** How old a mirror may be before its answers are not trusted, and what happens then. */
export interface MirrorPolicy {
  /** Milliseconds since the last refresh that reached the end of the feed; default 900,000 (15 min). */
  maxAgeMs?: number | undefined;
  /** Default `remote`. */
  onStale?: StalePolicy | undefined;
}

/** {@link MirrorPolicy} with its defaults filled in. */
export interface ResolvedMirrorPolicy {
  readonly maxAgeMs: number;
  readonly onStale: StalePolicy;
}

const STALE_POLICIES: readonly StalePolicy[] = ['remote', 'refuse', 'serve'];

/**
 * Fills in and checks a mirror policy: the one place its defaults live. A check before an approval
 * (逢办必查) must not rest on an old copy, so by default a mirror older than 15 minutes asks the platform.
 * Throws `E_CONFIG` for a negative or non-numeric age or an unknown policy.
 *
 * @example
 * resolveMirrorPolicy({ onStale: 'refuse' }); // { maxAgeMs: 900000, onStale: 'refuse' }
 */
export function resolveMirrorPolicy(policy: MirrorPolicy = {}): ResolvedMirrorPolicy {
  const maxAgeMs = policy.maxAgeMs ?? 900_000;
  const onStale = policy.onStale ?? 'remote';
  if (typeof maxAgeMs !== 'number' || Number.isNaN(maxAgeMs) || maxAgeMs < 0) {
    throw configError(`maxAgeMs must be a number >= 0 (Infinity: never stale), got ${String(maxAgeMs)}`);
  }
  if (!STALE_POLICIES.includes(onStale)) {
    throw configError(`onStale must be one of ${STALE_POLICIES.join(', ')}, got ${String(onStale)}`);
  }
  return { maxAgeMs, onStale };
}

function configError(message: string): CreditBridgeError {
  return new CreditBridgeError({ code: 'E_CONFIG', message: `[createBlacklistMirror] ${message}` });
}
