import { CONFIG_OPTION, defineCommand, JSON_OPTION } from '../cli/command.js';
import { EXIT_CODES } from '../cli/exit-codes.js';
import { usageError } from '../cli/usage-error.js';
import { loadConfig } from '../config/load-config.js';
import { writeJson } from '../output/write-json.js';
import { stringValue } from './credit-connection.js';
import { belongsToStream, openState } from './open-state.js';

/** `credit-bridge state reset`: forget checkpoints so the next run reads sources from the start. */
export const stateResetCommand = defineCommand({
  path: ['state', 'reset'],
  summary: 'forget checkpoints so the next run reads the sources from the start',
  description: `Deletes the sink checkpoints of the named streams (every stream without --stream), so the next
run reads their files from the start. The delivery ledger is kept, so it sends only what the platforms do
not hold yet: nothing is sent twice; rows already dead-lettered are not recorded again. A changed export
is noticed and re-read without this. Needs --yes.`,
  options: {
    config: CONFIG_OPTION,
    stream: {
      type: 'string',
      multiple: true,
      value: '<name>',
      description: 'a stream to reset (repeatable)',
    },
    yes: { type: 'boolean', short: 'y', description: 'really reset' },
    json: JSON_OPTION,
  },
  examples: [
    'credit-bridge state reset --config sync.yaml --stream penalties --yes   # re-read one stream',
    'credit-bridge state reset --config sync.yaml --yes                      # every stream',
  ],
  async run(input) {
    const config = await loadConfig({ path: stringValue(input, 'config'), cwd: input.io.cwd });
    const streams = Array.isArray(input.values.stream) ? input.values.stream : [];
    const unknown = streams.filter((name) => !config.streams.some((stream) => stream.name === name));
    if (unknown.length > 0)
      throw usageError(
        `state reset: no stream named ${unknown.map((name) => `"${name}"`).join(', ')} in ${config.file}`,
      );
    const store = await openState(config.statePath, { mustExist: true });
    try {
      const checkpoints = (await store.listCheckpoints())
        .map((checkpoint) => checkpoint.stream)
        // Rows already dead-lettered stay recorded once: only the sinks' checkpoints are forgotten.
        .filter((id) => !id.endsWith('→dead-letters'))
        .filter((id) => streams.length === 0 || streams.some((name) => belongsToStream(id, name)));
      if (input.values.yes !== true) {
        throw usageError(
          `state reset would forget ${checkpoints.length} checkpoint(s)${checkpoints.length === 0 ? '' : `: ${checkpoints.join(', ')}`}; run it again with --yes`,
        );
      }
      for (const id of checkpoints) await store.deleteCheckpoint(id);
      if (input.values.json === true) writeJson(input.io.stdout, { ok: true, reset: checkpoints });
      else
        input.io.stdout.write(
          `forgot ${checkpoints.length} checkpoint(s)${checkpoints.length === 0 ? '' : `: ${checkpoints.join(', ')}`}; the ledger is kept, so nothing is sent twice\n`,
        );
    } finally {
      await store.close();
    }
    return EXIT_CODES.ok;
  },
});
