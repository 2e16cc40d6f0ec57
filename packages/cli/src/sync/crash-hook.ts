import type { SyncBatchEvent } from '@credit-bridge/sync';

/** The environment variable that makes `sync run` kill itself at a seeded point (tests only). */
export const CRASH_HOOK_VARIABLE = 'CREDIT_BRIDGE_TEST_CRASH_AT';

/**
 * A batch-event listener that kills the process (SIGKILL: no cleanup, no final commit) at the n-th
 * batch event of a phase, when the environment asks for it: `CREDIT_BRIDGE_TEST_CRASH_AT=delivered:3`
 * dies right after the platform answered the third batch and before that answer is committed — the
 * crash that idempotency keys and the ledger exist for. For the crash-and-resume tests; undefined
 * otherwise.
 *
 * @example
 * const onBatch = crashHook(io.env, () => process.kill(process.pid, 'SIGKILL'));
 */
export function crashHook(
  env: Readonly<Record<string, string | undefined>>,
  die: () => void,
): ((event: SyncBatchEvent) => void) | undefined {
  const setting = env[CRASH_HOOK_VARIABLE];
  const match = setting === undefined ? null : /^(delivered|committed):(\d+)$/.exec(setting);
  if (match === null) return undefined;
  const phase = match[1];
  const at = Number(match[2]);
  let seen = 0;
  return (event) => {
    if (event.phase !== phase) return;
    seen += 1;
    if (seen === at) die();
  };
}
