import { isRecordType, RECORD_TYPES } from '@credit-bridge/core';
import type { ListDeadLettersOptions, StoredDeadLetter } from '@credit-bridge/sync';
import { CONFIG_OPTION, defineCommand, JSON_OPTION } from '../cli/command.js';
import { EXIT_CODES } from '../cli/exit-codes.js';
import { usageError } from '../cli/usage-error.js';
import { loadConfig } from '../config/load-config.js';
import { formatDeadLetters } from '../output/format-dead-letters.js';
import { writeJson } from '../output/write-json.js';
import { stringValue } from './credit-connection.js';
import { openState } from './open-state.js';

/** `credit-bridge rejects list`: the dead letters in the state file. */
export const rejectsListCommand = defineCommand({
  path: ['rejects', 'list'],
  summary: 'list rejected rows (dead letters): file, row, field, rule and the value masked',
  description: `Lists the dead letters the state file keeps, oldest first: rows a sync could not read, map
or validate, and records a platform refused. Values are masked (identity numbers, persons' names);
the rows themselves are never stored. Resolved ones (see rejects retry) are left out unless --all.`,
  options: {
    config: CONFIG_OPTION,
    run: { type: 'string', value: '<runId>', description: 'only this run' },
    type: {
      type: 'string',
      short: 't',
      value: '<recordType>',
      description: `only ${RECORD_TYPES.join(', ')}`,
    },
    source: { type: 'string', value: '<file>', description: 'only rows of this source file (its name)' },
    all: { type: 'boolean', description: 'include dead letters a retry resolved' },
    limit: { type: 'string', value: '<n>', description: 'at most this many (default 100)' },
    json: JSON_OPTION,
  },
  examples: [
    'credit-bridge rejects list --config sync.yaml                       # what is still rejected',
    'credit-bridge rejects list --config sync.yaml --type penalty --json # as JSON',
  ],
  async run(input) {
    const limitText = stringValue(input, 'limit') ?? '100';
    const limit = Number(limitText);
    if (!Number.isSafeInteger(limit) || limit <= 0)
      throw usageError(`rejects list: --limit: bad value "${limitText}"`);
    const type = stringValue(input, 'type');
    if (type !== undefined && !isRecordType(type))
      throw usageError(`rejects list: --type must be one of ${RECORD_TYPES.join(', ')}`);
    const config = await loadConfig({ path: stringValue(input, 'config'), cwd: input.io.cwd });
    const runId = stringValue(input, 'run');
    const source = stringValue(input, 'source');
    const filter: ListDeadLettersOptions = {
      ...(runId === undefined ? {} : { runId }),
      ...(source === undefined ? {} : { source }),
      ...(type === undefined ? {} : { recordType: type }),
      includeResolved: input.values.all === true,
    };
    const store = await openState(config.statePath, { mustExist: true });
    let letters: StoredDeadLetter[];
    try {
      letters = await listAll(store, filter, limit + 1);
    } finally {
      await store.close();
    }
    const more = letters.length > limit;
    const shown = letters.slice(0, limit);
    if (input.values.json === true) {
      writeJson(input.io.stdout, { ok: true, count: shown.length, more, deadLetters: shown });
    } else {
      input.io.stdout.write(
        shown.length === 0
          ? 'no dead letters\n'
          : `${shown.length}${more ? '+' : ''} dead letter(s):\n${formatDeadLetters(shown)}`,
      );
    }
    return EXIT_CODES.ok;
  },
});

async function listAll(
  store: Awaited<ReturnType<typeof openState>>,
  filter: ListDeadLettersOptions,
  limit: number,
): Promise<StoredDeadLetter[]> {
  const letters: StoredDeadLetter[] = [];
  let afterId: number | undefined;
  while (letters.length < limit) {
    const page = await store.listDeadLetters({
      ...filter,
      limit: Math.min(1000, limit - letters.length),
      ...(afterId === undefined ? {} : { afterId }),
    });
    letters.push(...page);
    if (page.length === 0) break;
    afterId = page.at(-1)?.id;
  }
  return letters;
}
