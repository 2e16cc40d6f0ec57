import { createTsupConfig } from '../../tsup.config.base.ts';

// `read-worker` is the entry of the thread that reads file sources; `startReadWorker` finds it beside
// the chunk that starts it, so it must be built as a file of its own in `dist/`.
export default createTsupConfig({
  entry: { index: 'src/index.ts', 'read-worker': 'src/runner/internal/read-worker.ts' },
});
