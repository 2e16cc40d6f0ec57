import type { StoredDeadLetter } from '@credit-bridge/sync';
import { CONFIG_OPTION, defineCommand, JSON_OPTION } from '../cli/command.js';
import { EXIT_CODES } from '../cli/exit-codes.js';
import { usageError } from '../cli/usage-error.js';
import { loadConfig } from '../config/load-config.js';
import { syncSecrets } from '../config/to-sync-config.js';
import { writeJson } from '../output/write-json.js';
import { retryDeadLetters } from '../sync/retry-dead-letters.js';
import { stringValue } from './credit-connection.js';
import { openState } from './open-state.js';

/** `credit-bridge rejects retry`: send the rejected rows again once their source is corrected. */
export const rejectsRetryCommand = defineCommand({
  path: ['rejects', 'retry'],
  summary: 'read the rejected rows again from the corrected exports and deliver them',
  description: `For each unresolved dead letter, reads its row again from the stream's source file (fix the
export first: the dead letter names file, row, field and rule), validates it and delivers it to every
sink, without moving the streams' checkpoints. Rows now delivered are resolved; rows rejected again get
a new dead letter with the current reason. Nothing is sent twice: the ledger skips what a sink holds.
Exit 0 when every retried row was delivered, 2 when some were rejected again, 1 when delivery failed.`,
  options: {
    config: CONFIG_OPTION,
    id: {
      type: 'string',
      multiple: true,
      value: '<n>',
      description: 'retry only this dead letter (repeatable)',
    },
    source: {
      type: 'string',
      value: '<file>',
      description: 'retry only rows of this source file (its name)',
    },
    json: JSON_OPTION,
  },
  examples: [
    'credit-bridge rejects retry --config sync.yaml                    # every unresolved row',
    'credit-bridge rejects retry --config sync.yaml --id 12 --id 13    # two of them',
  ],
  async run(input) {
    const ids = (Array.isArray(input.values.id) ? input.values.id : []).map((text) => {
      const id = Number(text);
      if (!Number.isSafeInteger(id) || id <= 0) throw usageError(`rejects retry: --id: bad value "${text}"`);
      return id;
    });
    const source = stringValue(input, 'source');
    const config = await loadConfig({ path: stringValue(input, 'config'), cwd: input.io.cwd });
    const secrets = syncSecrets(config, input.io.env);
    const store = await openState(config.statePath, { mustExist: true });
    try {
      const letters: StoredDeadLetter[] = [];
      let afterId: number | undefined;
      for (;;) {
        const page = await store.listDeadLetters({
          limit: 1000,
          ...(source === undefined ? {} : { source }),
          ...(afterId === undefined ? {} : { afterId }),
        });
        letters.push(...page.filter((letter) => ids.length === 0 || ids.includes(letter.id)));
        if (page.length < 1000) break;
        afterId = page.at(-1)?.id;
      }
      const outcome = await retryDeadLetters({
        config,
        store,
        secrets,
        letters,
        now: input.io.now,
        signal: input.io.signal,
      });
      if (input.values.json === true) writeJson(input.io.stdout, { ok: true, ...outcome });
      else {
        input.io.stdout.write(
          outcome.retried === 0
            ? `nothing to retry${outcome.unmatched > 0 ? `: ${outcome.unmatched} dead letters name sources no stream reads` : ''}\n`
            : `retried ${outcome.retried} rows: ${outcome.resolved} delivered, ${outcome.stillRejected} rejected again${outcome.deferred > 0 ? `, ${outcome.deferred} records could not be delivered (nothing settled; try again later)` : ''}\n`,
        );
      }
      if (outcome.deferred > 0) return EXIT_CODES.failed;
      return outcome.stillRejected > 0 ? EXIT_CODES.rejects : EXIT_CODES.ok;
    } finally {
      await store.close();
    }
  },
});
