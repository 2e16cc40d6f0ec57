import type { CreditPlatformClient } from '@credit-bridge/credit-platform';
import {
  type BlacklistMirror,
  createBlacklistMirror,
  createSqliteMirrorStore,
  type MirrorPolicy,
} from '@credit-bridge/sync';

/** A blacklist mirror over the state file, and how to release it. */
export interface OpenMirror {
  readonly mirror: BlacklistMirror;
  /** Closes the mirror's store (not the client). */
  close(): Promise<void>;
}

/**
 * Opens the blacklist mirror kept in the state file (its own tables beside the sync state) over a
 * credit platform client, with the config's stale policy.
 *
 * @example
 * const { mirror, close } = await openMirror({ statePath, client, policy: config.mirror });
 */
export async function openMirror(options: {
  readonly statePath: string;
  readonly client: CreditPlatformClient;
  readonly policy?: MirrorPolicy | undefined;
  readonly clock?: () => number;
}): Promise<OpenMirror> {
  const store = await createSqliteMirrorStore({ path: options.statePath });
  const mirror = createBlacklistMirror({
    client: options.client,
    store,
    ...(options.policy === undefined ? {} : { policy: options.policy }),
    ...(options.clock === undefined ? {} : { clock: options.clock }),
  });
  return { mirror, close: () => store.close() };
}
