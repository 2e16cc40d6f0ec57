import { defineCommand, JSON_OPTION } from '../cli/command.js';
import { EXIT_CODES } from '../cli/exit-codes.js';
import { formatDemoEnd, formatDemoStep } from '../demo/format-demo-step.js';
import { runDemo } from '../demo/run-demo.js';
import { writeJson } from '../output/write-json.js';
import { stringValue } from './credit-connection.js';

/** `credit-bridge demo`: the whole main job on embedded defaults. */
export const demoCommand = defineCommand({
  path: ['demo'],
  summary: 'run everything on embedded defaults: mock platforms, exports, sync, mirror, report',
  description: `Needs no configuration and nothing outside this machine: starts both mock platforms
in-process on a loopback port, writes synthetic district exports (a GBK CSV of penalties as Excel saves
it, with a few broken rows; blacklist and repair decisions as JSONL), syncs them with progress, checks
subjects against the blacklist mirror, fetches and verifies a credit report, and prints a summary. The
state (SQLite), run report, dead letters and the config it used stay in the directory; a second run
sends nothing and says so. Synthetic data only.
Exit 0 when every step went as planned (the broken rows are rejected by design), 1 otherwise.`,
  options: {
    dir: { type: 'string', value: '<dir>', description: 'where to work (default ./credit-bridge-demo)' },
    quiet: { type: 'boolean', short: 'q', description: 'no progress bars' },
    json: JSON_OPTION,
  },
  examples: [
    'credit-bridge demo                 # or: pnpm demo',
    'credit-bridge demo --dir /tmp/cb --json   # elsewhere, as JSON',
  ],
  async run(input) {
    const json = input.values.json === true;
    const { io } = input;
    if (!json)
      io.stdout.write(
        'credit-bridge demo: the main job on embedded defaults; nothing leaves this machine\n\n',
      );
    const outcome = await runDemo({
      dir: stringValue(input, 'dir') ?? 'credit-bridge-demo',
      io,
      quiet: input.values.quiet === true || json,
      ...(json ? {} : { onStep: (step) => io.stdout.write(formatDemoStep(step, { cwd: io.cwd })) }),
    });
    if (json) {
      writeJson(io.stdout, {
        ok: outcome.surprises.length === 0,
        dir: outcome.dir,
        repeat: outcome.repeat,
        files: outcome.files,
        sync: {
          status: outcome.sync.status,
          totals: outcome.sync.totals,
          rejectsByRule: outcome.sync.rejectsByRule,
        },
        ledgerAccepted: outcome.ledgerAccepted,
        mirror: outcome.mirror,
        checks: outcome.checks,
        report: {
          reportNo: outcome.report.report.reportNo,
          sections: outcome.report.report.sections.map((section) => ({
            key: section.key,
            items: section.items.length,
          })),
          verified: outcome.report.verification.valid,
        },
        surprises: outcome.surprises,
      });
    } else io.stdout.write(formatDemoEnd(outcome, { cwd: io.cwd }));
    return outcome.surprises.length === 0 ? EXIT_CODES.ok : EXIT_CODES.failed;
  },
});
