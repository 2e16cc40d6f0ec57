import { createReadStream } from 'node:fs';
import { CreditBridgeError } from '@credit-bridge/core';
import { decodeText } from '../internal/decode-text.js';
import { splitLines } from '../internal/split-lines.js';
import type { DeadLetter } from './dead-letter.js';

/**
 * Streams the dead letters of a JSONL file written by `createDeadLetterWriter`, for `rejects list`
 * and `rejects retry`. A line that is not a dead letter throws `E_DEAD_LETTER_FORMAT` with its line
 * number: a reject file is ours, so damage in it is an error, not a row to skip.
 *
 * @example
 * for await (const letter of readDeadLetters('out/rejects.jsonl')) console.log(letter.rowNumber, letter.issues);
 */
export async function* readDeadLetters(path: string): AsyncGenerator<DeadLetter> {
  let line = 0;
  for await (const text of splitLines(decodeText(createReadStream(path), 'utf-8'))) {
    line += 1;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (cause) {
      throw formatError(path, line, 'is not JSON', cause);
    }
    if (!isDeadLetter(value)) throw formatError(path, line, 'is not a dead letter');
    yield value;
  }
}

function isDeadLetter(value: unknown): value is DeadLetter {
  if (typeof value !== 'object' || value === null) return false;
  const letter = value as Record<string, unknown>;
  return (
    typeof letter.source === 'string' &&
    Number.isSafeInteger(letter.rowNumber) &&
    typeof letter.recordType === 'string' &&
    typeof letter.at === 'string' &&
    Array.isArray(letter.issues)
  );
}

function formatError(path: string, line: number, what: string, cause?: unknown): CreditBridgeError {
  return new CreditBridgeError({
    code: 'E_DEAD_LETTER_FORMAT',
    message: `[readDeadLetters] ${path} line ${line} ${what}`,
    details: { path, line },
    ...(cause === undefined ? {} : { cause }),
  });
}
