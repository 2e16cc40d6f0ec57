import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WireRow } from '@credit-bridge/core';
import iconv from 'iconv-lite';
import { stringify } from 'yaml';
import { toExcelCsv } from '../../src/demo/write-demo-exports.js';
import type { CreditBridgeConfig } from '../../src/index.js';

/** A temporary directory for one test's files, removed by `dispose`. */
export interface Workspace {
  readonly dir: string;
  path(name: string): string;
  /** Writes penalty wire rows as a GBK CSV with the standard's Chinese titles, as Excel saves it. */
  writePenaltyCsv(name: string, rows: readonly WireRow[]): Promise<string>;
  writeConfig(name: string, config: CreditBridgeConfig | string): Promise<string>;
  dispose(): Promise<void>;
}

/**
 * Creates a {@link Workspace}.
 *
 * @example
 * const ws = await createWorkspace('cli-e2e-');
 */
export async function createWorkspace(prefix: string): Promise<Workspace> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return {
    dir,
    path: (name) => join(dir, name),
    async writePenaltyCsv(name, rows) {
      const path = join(dir, name);
      await writeFile(path, iconv.encode(toExcelCsv('penalty', rows), 'gbk'));
      return path;
    },
    async writeConfig(name, config) {
      const path = join(dir, name);
      await writeFile(path, typeof config === 'string' ? config : stringify(config));
      return path;
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
