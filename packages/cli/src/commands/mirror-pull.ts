import type { MirrorRefreshResult } from '@credit-bridge/sync';
import { CONFIG_OPTION, defineCommand, JSON_OPTION } from '../cli/command.js';
import { EXIT_CODES } from '../cli/exit-codes.js';
import { loadConfig } from '../config/load-config.js';
import { resolvePlatform } from '../config/resolve-platform.js';
import { writeJson } from '../output/write-json.js';
import { openCreditPlatform } from '../platforms/open-credit-platform.js';
import { openMirror } from '../platforms/open-mirror.js';
import { formatCount } from '../progress/stream-progress.js';
import { stringValue } from './credit-connection.js';

/** `credit-bridge mirror pull`: bring the local blacklist mirror up to the platform's feed. */
export const mirrorPullCommand = defineCommand({
  path: ['mirror', 'pull'],
  summary: 'pull the blacklist change feed into the local mirror (for check --mirror)',
  description: `Reads the credit platform's blacklist change feed from where the mirror stopped to its head,
one page per atomic step, into the state file's mirror tables. Run it on a timer (every few minutes);
"check --mirror" then answers in-process. The config's mirror.maxAgeMs and mirror.onStale decide what
a check does when the mirror is older than that (ask the platform, refuse, or serve it marked stale).`,
  options: { config: CONFIG_OPTION, json: JSON_OPTION },
  examples: [
    'credit-bridge mirror pull --config sync.yaml          # incremental, resumes from its cursor',
    'credit-bridge mirror pull --config sync.yaml --json   # the refresh as JSON',
  ],
  async run(input) {
    const config = await loadConfig({ path: stringValue(input, 'config'), cwd: input.io.cwd });
    const client = openCreditPlatform(
      resolvePlatform('credit', { config: config.config.platforms?.credit, env: input.io.env }),
    );
    const opened = await openMirror({ statePath: config.statePath, client, policy: config.mirror });
    let result: MirrorRefreshResult;
    try {
      result = await opened.mirror.refresh({ signal: input.io.signal });
    } finally {
      await opened.close();
      client.close();
    }
    if (input.values.json === true) writeJson(input.io.stdout, { ok: true, ...result });
    else input.io.stdout.write(`${describeRefresh(result)}\n`);
    return EXIT_CODES.ok;
  },
});

/**
 * One line on what a mirror refresh did.
 *
 * @example
 * describeRefresh(result); // 'mirror: 27 changes in 1 page (24 listed, 0 updated, 0 removed, 2 ended by repair); 22 subjects listed'
 */
export function describeRefresh(result: MirrorRefreshResult): string {
  const pages = `${result.pages} page${result.pages === 1 ? '' : 's'}`;
  return `mirror: ${formatCount(result.changes)} changes in ${pages} (${formatCount(result.listed)} listed, ${formatCount(result.updated)} updated, ${formatCount(result.removed)} removed, ${formatCount(result.publicationEnded)} ended by repair); ${formatCount(result.listedSubjects)} subjects listed, cursor ${result.cursor ?? '(start)'}`;
}
