import { basename } from 'node:path';
import { CreditBridgeError } from '@credit-bridge/core';
import { readCsv } from '../../sources/read-csv.js';
import { readJsonl } from '../../sources/read-jsonl.js';
import { readXlsx } from '../../sources/read-xlsx.js';
import type { Source } from '../../sources/source-row.js';
import type { SourceConfig } from '../sync-config.js';
import type { CustomSource } from '../sync-deps.js';
import { fingerprintFile } from './fingerprint-file.js';

/** A stream's source, opened: its rows, its label, and what identifies its content. */
export interface OpenedSource {
  readonly rows: Source;
  /** The file name, or the custom source's name. */
  readonly label: string;
  /** Checked against the checkpoint's, so a changed file is read from its start. */
  fingerprint(): Promise<string | undefined>;
}

/**
 * Opens a configured source: CSV, JSONL or XLSX from its path, or a `custom` source by name from the
 * caller's `sources` (database rows, any async iterable). Reading starts only when the rows are iterated.
 *
 * @example
 * const { rows, fingerprint } = openSource({ kind: 'csv', path: '处罚.csv' }, {});
 */
export function openSource(
  config: SourceConfig,
  sources: Readonly<Record<string, CustomSource>>,
): OpenedSource {
  switch (config.kind) {
    case 'csv': {
      const options = {
        ...(config.encoding === undefined ? {} : { encoding: config.encoding }),
        ...(config.delimiter === undefined ? {} : { delimiter: config.delimiter }),
        ...(config.headerRow === undefined ? {} : { headerRow: config.headerRow }),
      };
      return fileSource(config.path, { [Symbol.asyncIterator]: () => readCsv(config.path, options) });
    }
    case 'jsonl':
      return fileSource(config.path, { [Symbol.asyncIterator]: () => readJsonl(config.path) });
    case 'xlsx': {
      const options = {
        ...(config.sheet === undefined ? {} : { sheet: config.sheet }),
        ...(config.headerRow === undefined ? {} : { headerRow: config.headerRow }),
      };
      return fileSource(config.path, { [Symbol.asyncIterator]: () => readXlsx(config.path, options) });
    }
    case 'custom': {
      const supplied = sources[config.name];
      if (supplied === undefined) {
        throw new CreditBridgeError({
          code: 'E_SYNC_CONFIG',
          message: `[runSync] the custom source "${config.name}" was not passed in deps.sources`,
        });
      }
      const rows = typeof supplied === 'function' ? supplied() : supplied;
      return { rows, label: config.name, fingerprint: async () => config.fingerprint };
    }
  }
}

function fileSource(path: string, rows: Source): OpenedSource {
  return { rows, label: basename(path), fingerprint: () => fingerprintFile(path) };
}
