import { basename, resolve } from 'node:path';
import { isRecordType, RECORD_TYPES } from '@credit-bridge/core';
import { CONFIG_OPTION, defineCommand, JSON_OPTION } from '../cli/command.js';
import { EXIT_CODES, exitCodeFor } from '../cli/exit-codes.js';
import { usageError } from '../cli/usage-error.js';
import { loadConfig, type ResolvedStream } from '../config/load-config.js';
import { mappingSpecOf } from '../config/mapping-spec-of.js';
import { formatDeadLetters } from '../output/format-dead-letters.js';
import { writeJson } from '../output/write-json.js';
import { openSource, sourceKindOf } from '../sources/open-source.js';
import { validateRows } from '../validate/validate-rows.js';
import { stringValue } from './credit-connection.js';

const ENCODINGS = ['auto', 'utf-8', 'gbk', 'gb18030'] as const;

/** `credit-bridge validate`: what a sync would reject, without sending anything. */
export const validateCommand = defineCommand({
  path: ['validate'],
  summary: 'map and validate a district export without sending anything',
  description: `Reads a CSV (any Chinese encoding), JSONL or XLSX file, maps it (national wire names and
the data standard's Chinese column titles map without configuration) and validates every row with the
same rules as a sync. Rejected rows are listed with field, rule and the value masked.
With --config, the mapping of the config's stream for this file (or --stream) is used.
Exit 0 when every row is valid, 2 when any is rejected.`,
  positionals: [{ name: 'file', description: 'the export: .csv, .jsonl or .xlsx', required: true }],
  options: {
    type: {
      type: 'string',
      short: 't',
      value: '<recordType>',
      description: `one of ${RECORD_TYPES.join(', ')}`,
    },
    config: { ...CONFIG_OPTION, description: "use a stream's mapping from this config" },
    stream: {
      type: 'string',
      value: '<name>',
      description: 'the stream whose mapping to use (with --config)',
    },
    encoding: {
      type: 'string',
      value: '<name>',
      description: `CSV encoding: ${ENCODINGS.join(', ')} (default auto)`,
    },
    limit: { type: 'string', value: '<n>', description: 'rejected rows to show as text (default 20)' },
    json: JSON_OPTION,
  },
  examples: [
    'credit-bridge validate 处罚2026-03.csv --type penalty          # GBK or UTF-8, detected',
    'credit-bridge validate blacklist.jsonl --type blacklist --json # counts and every rejected row',
  ],
  async run(input) {
    const [file] = input.positionals;
    if (file === undefined) throw usageError('validate: missing <file>');
    const path = resolve(input.io.cwd, file);
    const stream = await streamFor(input.values, path, input.io.cwd);
    const limitText = stringValue(input, 'limit') ?? '20';
    const limit = Number(limitText);
    if (!Number.isSafeInteger(limit) || limit < 0)
      throw usageError(`validate: --limit: bad value "${limitText}"`);
    const verdict = await validateRows(
      openSource(stream.source),
      mappingSpecOf(stream),
      () => input.io.now().toISOString(),
      input.io.signal,
    );
    if (input.values.json === true) {
      writeJson(input.io.stdout, {
        ok: true,
        file: basename(path),
        recordType: verdict.recordType,
        rows: verdict.rows,
        valid: verdict.valid,
        rejected: verdict.rejected,
        rejects: verdict.rejects,
        unmappedColumns: verdict.unmapped,
      });
    } else {
      const out = input.io.stdout;
      out.write(
        `${basename(path)} (${verdict.recordType}): ${verdict.rows} rows, ${verdict.valid} valid, ${verdict.rejected} rejected\n`,
      );
      if (verdict.unmapped.length > 0)
        out.write(
          `  columns mapped nowhere: ${verdict.unmapped.map((u) => `${u.header} (${u.reason})`).join('; ')}\n`,
        );
      out.write(formatDeadLetters(verdict.rejects, { limit }));
    }
    return verdict.rows === 0 ? EXIT_CODES.ok : exitCodeFor(verdict.rejected);
  },
});

async function streamFor(
  values: Readonly<Record<string, unknown>>,
  path: string,
  cwd: string,
): Promise<Pick<ResolvedStream, 'recordType' | 'mapping' | 'source'>> {
  const type = typeof values.type === 'string' ? values.type : undefined;
  const encoding = typeof values.encoding === 'string' ? values.encoding : undefined;
  if (encoding !== undefined && !(ENCODINGS as readonly string[]).includes(encoding))
    throw usageError(`validate: --encoding must be one of ${ENCODINGS.join(', ')}`);
  const encodingOption = encoding === undefined ? {} : { encoding: encoding as (typeof ENCODINGS)[number] };
  if (typeof values.config === 'string') {
    const config = await loadConfig({ path: values.config, cwd });
    const name = typeof values.stream === 'string' ? values.stream : undefined;
    const stream =
      name === undefined
        ? config.streams.find((candidate) => candidate.source.path === path)
        : config.streams.find((candidate) => candidate.name === name);
    if (stream === undefined)
      throw usageError(
        `validate: no stream ${name === undefined ? `reads ${basename(path)}` : `named "${name}"`} in ${config.file}`,
      );
    const source =
      stream.source.kind === 'csv'
        ? { ...stream.source, path, ...encodingOption }
        : { ...stream.source, path };
    return { ...stream, source };
  }
  if (type === undefined) throw usageError('validate: --type <recordType> is required (or --config)');
  if (!isRecordType(type)) throw usageError(`validate: --type must be one of ${RECORD_TYPES.join(', ')}`);
  const kind = sourceKindOf(path);
  return {
    recordType: type,
    source: kind === 'csv' ? { kind, path, ...encodingOption } : { kind, path },
  };
}
