import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { redact } from '@credit-bridge/core';
import type { DeadLetter } from './dead-letter.js';

/** Options of {@link createDeadLetterWriter}. */
export interface DeadLetterWriterOptions {
  /** The JSONL file; its directory is created. */
  path: string;
  /** Add to an existing file (default) rather than replace it: earlier rejects are never lost. */
  append?: boolean;
}

/** Writes dead letters, one JSON object per line. */
export interface DeadLetterWriter {
  readonly path: string;
  /** Lines written so far. */
  readonly count: number;
  /** Writes one dead letter; resolves when the stream can take more. */
  write(letter: DeadLetter): Promise<void>;
  /** Flushes and closes the file. */
  close(): Promise<void>;
}

/**
 * Opens a dead-letter JSONL file: one line per rejected row, `{ source, rowNumber, recordType,
 * recordId?, issues: [{ field, rule, message, value }], at }`. Every line passes through core's
 * `redact` before it is written, so identity numbers in any text are masked even if a caller built
 * the letter by hand. Writing respects back-pressure, so memory stays flat.
 *
 * @example
 * const rejects = createDeadLetterWriter({ path: 'out/rejects-2026-03-05.jsonl' });
 * await rejects.write(toDeadLetter({ row, recordType: 'penalty', issues, at: clock() }));
 * await rejects.close();
 */
export function createDeadLetterWriter(options: DeadLetterWriterOptions): DeadLetterWriter {
  mkdirSync(dirname(options.path), { recursive: true });
  const stream = createWriteStream(options.path, {
    flags: options.append === false ? 'w' : 'a',
    encoding: 'utf8',
  });
  let failure: Error | undefined;
  stream.on('error', (error) => {
    failure = error;
  });
  let count = 0;
  return {
    path: options.path,
    get count() {
      return count;
    },
    async write(letter) {
      if (failure !== undefined) throw failure;
      const line = `${JSON.stringify(redact(letter))}\n`;
      count += 1;
      if (!stream.write(line)) await once(stream, 'drain');
    },
    async close() {
      if (failure !== undefined) throw failure;
      if (stream.closed) return;
      await new Promise<void>((resolve, reject) => {
        stream.end((error?: Error | null) => (error ? reject(error) : resolve()));
      });
    },
  };
}
