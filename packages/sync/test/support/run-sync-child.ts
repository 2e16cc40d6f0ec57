import { createSqliteStateStore, runSync, type StateStore, type SyncConfig } from '../../src/index.js';

// A sync in a process of its own, for the crash-and-resume test: the config and state path come from
// the environment, and CB_KILL names the point at which the process kills itself with SIGKILL
// (`delivered:3`: when the platform answered the third batch, before its commit; `committed:2`;
// `timer:400`: 400 ms after the run is recorded as started, wherever it is then, unless the run has come
// to record its end). Exit code 0 means the run finished. The timer runs only while the run is recorded
// as running: one started with the process could fire before the run is recorded (the set-up can take
// that long on a loaded machine) or after its end is (a resumed run has little left to do), and either
// would kill a process that leaves no crashed run behind.
const config = JSON.parse(process.env.CB_SYNC_CONFIG ?? '') as SyncConfig;
const secret = process.env.CB_CREDIT_SECRET ?? '';
const [kind, value] = (process.env.CB_KILL ?? '').split(':');
const at = Number(value);
const die = () => process.kill(process.pid, 'SIGKILL');
const seen = { delivered: 0, committed: 0 };

const opened = await createSqliteStateStore({ path: process.env.CB_STATE_PATH ?? '' });
let timer: ReturnType<typeof setTimeout> | undefined;
const store: StateStore = {
  ...opened,
  startRun: async (start) => {
    await opened.startRun(start);
    if (kind === 'timer') timer = setTimeout(die, at);
  },
  finishRun: (finish) => {
    clearTimeout(timer);
    return opened.finishRun(finish);
  },
};
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
