import { basename, dirname, relative } from 'node:path';
import { formatCheckResults } from '../commands/check.js';
import { describeRefresh } from '../commands/mirror-pull.js';
import { formatReport } from '../commands/report-get.js';
import { formatTable } from '../output/format-table.js';
import { formatCount } from '../progress/stream-progress.js';
import { formatRunSummary } from '../sync/format-run-summary.js';
import type { DemoOutcome, DemoStep } from './run-demo.js';

/**
 * One step of the demo as text, for a person watching it.
 *
 * @example
 * runDemo({ dir, io, onStep: (step) => io.stdout.write(formatDemoStep(step, { cwd: io.cwd })) });
 */
export function formatDemoStep(step: DemoStep, options: { readonly cwd: string }): string {
  const shown = (path: string) => relative(options.cwd, path) || '.';
  switch (step.step) {
    case 'mock':
      return [
        `1. mock platforms, in-process on ${step.url} (credit /api/v1, exchange /exchange/v1), started empty`,
        ...(step.repeat
          ? [
              '   repeat run: the state file remembers earlier runs and the mock does not, so the demo gave both',
              `   platforms the ${formatCount(step.preloaded)} records those runs delivered (in-process, no request), as real ones would keep them`,
            ]
          : []),
        '',
      ].join('\n');
    case 'exports': {
      const { dataset, files } = step;
      const bad = (file: string) => dataset.badRows.filter((row) => row.file === file).length;
      const table = formatTable(
        [
          [
            basename(files.penalties),
            formatCount(dataset.penaltyRows.length),
            `行政处罚 rows as Excel saves them: GBK, CRLF, the standard's Chinese titles (${bad('penalties')} broken on purpose)`,
          ],
          [
            basename(files.blacklist),
            formatCount(dataset.blacklistRows.length),
            `严重失信主体名单 decisions (${bad('blacklist')} broken)`,
          ],
          [
            basename(files.repairs),
            formatCount(dataset.repairRows.length),
            'approved 信用修复 decisions ending some of those penalties and listings',
          ],
        ],
        '   ',
      );
      const kept = files.written ? '' : ' (kept from an earlier run)';
      return `2. district exports in ${shown(dirname(files.penalties))}/${kept}\n${table}\n`;
    }
    case 'sync':
      return `3. sync run --config ${shown(step.config)}\n`;
    case 'synced': {
      const ledger =
        step.report.totals.sent === 0
          ? `   the ledger holds ${formatCount(step.ledgerAccepted)} deliveries accepted by earlier runs: nothing is sent twice\n`
          : '';
      const letters = step.report.deadLetters;
      const rejects =
        letters === undefined || letters.written === 0
          ? ''
          : `   ${letters.written} dead letters → ${shown(letters.path)} (file, row, field, rule, value masked)\n`;
      return `${formatRunSummary(step.report)}${ledger}${rejects}\n`;
    }
    case 'mirror':
      return `4. blacklist mirror: ${describeRefresh(step.refresh).replace(/^mirror: /, '')}\n${indent(formatCheckResults(step.checks, step.notes))}\n`;
    case 'report':
      return `5. credit report (公共信用信息报告), requested, awaited and verified\n${indent(formatReport(step.report, step.verification))}\n`;
    default:
      return step satisfies never;
  }
}

/**
 * The demo's closing lines: what it left behind and what to try next, or what went differently.
 *
 * @example
 * io.stdout.write(formatDemoEnd(outcome, { cwd: io.cwd }));
 */
export function formatDemoEnd(outcome: DemoOutcome, options: { readonly cwd: string }): string {
  const dir = relative(options.cwd, outcome.dir) || '.';
  const config = relative(options.cwd, outcome.files.config);
  if (outcome.surprises.length > 0)
    return `demo finished with surprises:\n${outcome.surprises.map((line) => `  - ${line}`).join('\n')}\n`;
  return [
    `done. Left in ${dir}/: the SQLite state, run-report.json, dead-letters.jsonl, the exports and the config.`,
    outcome.repeat
      ? 'This was a repeat run: nothing was sent. Delete the directory to start over.'
      : 'Run it again: the state remembers, so nothing is sent twice.',
    `Try: pnpm exec credit-bridge rejects list --config ${config}`,
    '',
  ].join('\n');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : `   ${line}`))
    .join('\n');
}
