import { createSqliteStateStore, runSync, type SyncConfig } from '../../src/index.js';

// A sync in a process of its own, for the crash-and-resume test: the config and state path come from
// the environment, and CB_KILL names the point at which the process kills itself with SIGKILL
// (`delivered:3`: when the platform answered the third batch, before its commit; `committed:2`;
// `timer:400`: 400 ms after the run starts, wherever it is). Exit code 0 means the run finished.
const config = JSON.parse(process.env.CB_SYNC_CONFIG ?? '') as SyncConfig;
const secret = process.env.CB_CREDIT_SECRET ?? '';
const [kind, value] = (process.env.CB_KILL ?? '').split(':');
const at = Number(value);
const die = () => process.kill(process.pid, 'SIGKILL');
const seen = { delivered: 0, committed: 0 };

const store = await createSqliteStateStore({ path: process.env.CB_STATE_PATH ?? '' });
if (kind === 'timer') setTimeout(die, at).unref();
const report = await runSync(config, {
  store,
  secrets: { credit: { appSecret: secret } },
  onBatch: (event) => {
    seen[event.phase] += 1;
    if (kind === event.phase && seen[event.phase] === at) die();
  },
});
await store.close();
process.exitCode = report.status === 'succeeded' ? 0 : 3;
