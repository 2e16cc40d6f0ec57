import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readsInWorker, WORKER_MIN_BYTES } from '../../src/runner/internal/reads-in-worker.js';
import { useTempDir } from '../support/temp-dir.js';

describe('readsInWorker', () => {
  const dir = useTempDir();

  function fileOf(bytes: number): string {
    const path = join(dir(), `rows-${bytes}.csv`);
    writeFileSync(path, '');
    truncateSync(path, bytes);
    return path;
  }

  it('by default reads a file of at least 4 MiB in a worker, on a machine with at least 4 CPUs', () => {
    const big = { kind: 'csv', path: fileOf(WORKER_MIN_BYTES) } as const;
    const small = { kind: 'jsonl', path: fileOf(WORKER_MIN_BYTES - 1) } as const;
    expect(readsInWorker('auto', big, 4)).toBe(true);
    expect(readsInWorker('auto', big, 3)).toBe(false);
    expect(readsInWorker('auto', big, 2)).toBe(false);
    expect(readsInWorker('auto', big, 1)).toBe(false);
    expect(readsInWorker('auto', small, 8)).toBe(false);
    expect(readsInWorker('auto', { kind: 'xlsx', path: join(dir(), 'missing.xlsx') }, 8)).toBe(false);
  });

  it('follows an explicit choice for file sources, and never moves a custom source', () => {
    const small = { kind: 'csv', path: fileOf(10) } as const;
    expect(readsInWorker(true, small, 1)).toBe(true);
    expect(readsInWorker(false, { kind: 'csv', path: fileOf(WORKER_MIN_BYTES) }, 8)).toBe(false);
    expect(readsInWorker(true, { kind: 'custom', name: 'rows' }, 8)).toBe(false);
  });
});
