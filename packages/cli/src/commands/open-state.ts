import { access } from 'node:fs/promises';
import { CreditBridgeError } from '@credit-bridge/core';
import { createSqliteStateStore, type StateStore } from '@credit-bridge/sync';

/**
 * Opens the SQLite state file a config names. `mustExist` refuses a missing file (`E_STATE_MISSING`)
 * instead of creating an empty one, for commands that only read or repair state.
 *
 * @example
 * const store = await openState(config.statePath, { mustExist: true });
 */
export async function openState(
  path: string,
  options: { readonly mustExist?: boolean } = {},
): Promise<StateStore> {
  if (options.mustExist === true) {
    try {
      await access(path);
    } catch {
      throw new CreditBridgeError({
        code: 'E_STATE_MISSING',
        message: `no state file at ${path}: nothing has been synced with this config yet`,
        details: { path },
      });
    }
  }
  return createSqliteStateStore({ path });
}

/**
 * The checkpoints of a stream: every `<stream>→<sink>` and `<stream>→dead-letters` one.
 *
 * @example
 * belongsToStream('penalties→credit', 'penalties'); // true
 */
export function belongsToStream(checkpoint: string, stream: string): boolean {
  return checkpoint === stream || checkpoint.startsWith(`${stream}→`);
}
