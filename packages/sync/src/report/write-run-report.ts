import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { RunReport } from './run-report.js';

/**
 * Writes a run report as indented JSON (UTF-8), through a temporary file renamed into place, so a reader
 * never sees half a report; the directory is created.
 *
 * @example
 * await writeRunReport(report, 'out/run-2026-03-05.json');
 */
export async function writeRunReport(report: RunReport, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
  await rename(temporary, path);
}
